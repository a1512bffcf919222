# Prints, as one JSON object, the operations spglib's own database holds for the settings
# IonHop's space-group table covers: key "number:setting" with setting "" (first, standard
# setting of that number), "1"/"2" (origin choices), "H"/"R" (R-group axes) or a monoclinic cell
# choice such as "b2".
# Used by SpaceGroupTableTest as an independent reference; run with Debian's /usr/bin/python3.
import json
import spglib

out = {}
for hall in range(1, 531):
    t = spglib.get_spacegroup_type(hall)
    number, choice = t["number"], t["choice"]
    keys = []
    if number not in {int(k.split(":")[0]) for k in out}:
        keys.append("%d:" % number)
    if choice in ("1", "2", "H", "R", "b2", "b3"):
        keys.append("%d:%s" % (number, choice))
    if not keys:
        continue
    sym = spglib.get_symmetry_from_database(hall)
    ops = {"rotations": sym["rotations"].tolist(), "translations": sym["translations"].tolist()}
    for k in keys:
        out.setdefault(k, ops)
print(json.dumps(out))
