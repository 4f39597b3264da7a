"""Variance decisions, Planning Commission decisions, Council decisions, PC agendas and staff reports."""
import random, datetime as dt
from common import *
from facts import *

USED_ADDR = set()
RECORDS = {"variance": [], "pc": [], "council": [], "pending": []}
SPECIAL_MARLOWE = dict(num=1418, street="Marlowe Street")


def person(rnd):
    return f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"


def address(rnd, districts_ok, num_range=(100, 4800)):
    for _ in range(500):
        st = rnd.choice(STREETS)
        ds = [d for d in st[2] if d in districts_ok]
        if not ds:
            continue
        n = rnd.randrange(num_range[0], num_range[1])
        n = n - n % 2 + rnd.choice([0, 1])
        if n < 10:
            continue
        key = (n, st[0])
        if key in USED_ADDR or (n == 1418 and st[0] == "Marlowe Street"):
            continue
        USED_ADDR.add(key)
        return n, st[0], rnd.choice(ds), st[3], st[1]
    raise RuntimeError("no address")


def plus2(d):
    try:
        return d.replace(year=d.year + 2)
    except ValueError:
        return d.replace(year=d.year + 2, day=28)


def r5(x):
    return round(x * 2) / 2


def ft(x):
    return f"{x:g} feet" if x != 1 else "1 foot"


def appeal_deadline(d):
    return next_business(d + dt.timedelta(days=APPEAL_DAYS))


RES_D = ["RE", "R-1", "R-1S", "R-2", "R-3", "R-4"]
COM_D = ["MU-N", "MU-C", "C-1", "C-2", "DT"]
IND_D = ["M-1", "M-2"]

SPECIAL_OK = [
    "The lot is pie-shaped at the end of a cul-de-sac, so the rear yard narrows sharply and the buildable area is smaller than on typical lots in the district.",
    "The lot slopes steeply downhill toward the rear, which limits where an addition can be placed without extensive retaining walls.",
    "The lot is {w} feet wide, narrower than the {mw}-foot minimum width, because it was created by a subdivision recorded in 1924.",
    "A native oak protected as a heritage tree stands in the only portion of the rear yard that would otherwise be buildable.",
    "A 10-foot public sewer easement runs along one side of the lot and cannot be built over.",
    "The existing dwelling, built in 1948, is already nonconforming and the addition simply continues the established wall line.",
    "The lot is a corner lot with two street frontages, leaving a shallower buildable area than interior lots.",
    "The lot fronts a designated arterial street with traffic noise and headlight glare not experienced by most lots in the district.",
    "The lot is irregular in shape, with a 14-degree angle on the rear property line.",
]
SPECIAL_BY_KIND = {
    "height_res": ["The lot slopes steeply downhill from the street, so height measured from average grade overstates the apparent height of the house from the street.",
                   "The lot sits about 6 feet below the grade of the street, and the house would appear no taller than its neighbours.",
                   "The existing house has an unusually high raised foundation, and the addition matches the existing roof ridge."],
    "fence": ["The lot fronts a designated arterial street with traffic noise and headlight glare not experienced by most lots in the district.",
              "The front yard is about 2 feet lower than the public sidewalk, so a fence at the standard height provides little screening.",
              "The lot is a corner lot whose only private outdoor space is within the front setback."],
    "parking": ["The lot is only 40 feet wide and the existing driveway cannot be widened without removing a street tree.",
                "The lot is within one-quarter mile of the Fernhill Transit Center and on-street parking is available on the frontage."],
    "sign": ["The building is set back more than 250 feet from the street behind a landscaped frontage road and is not legible from the street at the permitted sign size.",
             "The business occupies a corner building with long frontages on two streets but is limited to one sign allowance.",
             "The tenant space faces a parking lot rather than the street, and signs at the permitted size are not visible from Southgate Boulevard traffic."],
    "parking_c": ["The site is within one-quarter mile of the Fernhill Transit Center and surveys show lower parking demand than the code assumes.",
                  "The site has an irregular, flag-shaped configuration that limits on-site parking area.",
                  "A shared parking agreement with the adjoining office building provides evening spaces when the use is busiest."],
    "height_com": ["The site slopes 12 feet from front to rear, so the height measured from average grade exaggerates the apparent height of the building.",
                   "The additional height is needed for an elevator overrun and rooftop mechanical screening required for accessibility and noise control.",
                   "Adjoining buildings on the block already exceed the height limit, and the project would align with their cornice lines."],
    "rear_c": ["A 20-foot public alley separates the rear of the site from the residential lots behind it.",
               "The adjoining residential lot is used as a parking lot for a church and has no dwelling near the shared line."],
}
COND_BY_KIND = {
    "height_res": ["The project shall be built substantially as shown on the plans on file with the Planning Division.",
                   "The roof ridge shall not exceed the height shown on the approved elevations; a height survey shall be provided at the framing inspection.",
                   "Exterior colours shall be muted earth tones.", "A building permit shall be obtained within 2 years or this variance expires (§ 17.52.070)."],
    "parking": ["The driveway shall be kept clear for one parked vehicle at all times.", "The converted garage shall not be used as a separate dwelling unit unless permitted as an ADU.",
                "The curb cut shall remain unchanged.", "A building permit for the conversion shall be obtained within 2 years."],
    "sign": ["Sign illumination shall be turned off between 11:00 p.m. and 6:00 a.m.", "No additional temporary banners shall be displayed on the building.",
             "The signs shall be installed substantially as shown on the plans on file.", "A sign permit shall be obtained within 2 years."],
    "parking_c": ["The owner shall provide at least 12 bicycle parking spaces.", "A parking management plan shall be submitted to the Zoning Administrator.",
                  "Employees shall be offered transit passes.", "The reduction applies only to the use described in the application."],
    "height_com": ["Rooftop equipment and screens shall be set back at least 10 feet from the parapet.", "The project shall be built substantially as shown on the plans on file.",
                   "Exterior lighting shall be shielded and directed downward.", "A building permit shall be obtained within 2 years or this variance expires (§ 17.52.070)."],
    "rear_c": ["A solid 7-foot wall shall be built along the rear property line.", "No loading or deliveries shall occur between 9:00 p.m. and 7:00 a.m.",
               "Landscaping shall be planted along the rear property line."],
}


def kind_group(kind, dist):
    if kind == "height":
        return "height_res" if dist in RES_D else "height_com"
    if kind in ("side", "rear", "front", "street", "coverage", "accessory"):
        return "res_setback" if dist in RES_D + IND_D else "height_com"
    return kind


SPECIAL_COM = [
    "The building is set back behind a landscaped frontage road and is not visible from the main street at the permitted sign size.",
    "The site has an irregular, flag-shaped configuration that limits on-site parking area.",
    "The site is within one-quarter mile of the Fernhill Transit Center and surveys show lower parking demand than the code assumes.",
    "The site slopes 12 feet from front to rear, so the height measured from average grade exaggerates the apparent height of the building.",
]
DENY = [
    "The lot is of standard size and shape for the district, and no special circumstances were identified.",
    "The hardship described by the applicant results from the applicant's own design choices and is self-created.",
    "An alternative design that meets the standard is available, as shown in the staff report.",
    "Granting the request would give the property a privilege not enjoyed by other properties in the district.",
    "Neighbours documented that the project would reduce light and privacy at their homes, and the request was found to be detrimental to nearby properties.",
]
COND_RES = [
    "The project shall be built substantially as shown on the plans on file with the Planning Division.",
    "No windows shall be placed on the wall facing the reduced setback unless they use obscured glass or have a sill height of at least 5 feet.",
    "Eaves on the elevation facing the reduced setback shall not project more than 12 inches.",
    "A drainage plan directing roof runoff away from the neighbouring lot shall be submitted with the building permit.",
    "Evergreen screening shrubs shall be planted along the affected property line and maintained.",
    "Construction hours are limited to 8:00 a.m. to 6:00 p.m. on weekdays and 9:00 a.m. to 5:00 p.m. on Saturdays.",
    "Tree protection fencing shall be installed at the dripline of the heritage tree before any work begins.",
    "A building permit shall be obtained within 2 years or this variance expires (§ 17.52.070).",
]
COND_FENCE = [
    "The portion of the fence above 4 feet shall be at least 50 percent open.",
    "The fence shall remain outside the corner visibility triangle (§ 17.36.050).",
    "The fence shall be of wood or ornamental metal; no chain link.",
]


def variance_request(rnd, dist, date, major):
    d = DIST[dist]
    res = dist in RES_D
    kinds = []
    if res:
        kinds = ["side", "rear", "front", "street", "coverage", "height", "fence", "accessory"]
        if dist in ("R-1", "RE", "R-1S"):
            kinds.append("parking")
    elif dist in ("C-1", "C-2"):
        kinds = ["sign", "parking_c", "rear_c", "height"]
    elif dist in ("MU-N", "MU-C"):
        kinds = ["sign", "parking_c", "height"]
    elif dist == "DT":
        kinds = ["sign", "height"]
    else:
        kinds = ["front", "height", "side"]
    if not major:
        kinds = [k for k in kinds if k not in ("parking", "parking_c", "sign")] or ["height"]
    kind = rnd.choice(kinds)
    fence_std = OLD_FENCE_FRONT if date < ORDINANCES["fence"][2] else FENCE_FRONT
    sec_std = {"RE": "§ 17.16.030", "R-1": "§ 17.16.030", "R-1S": "§ 17.16.030", "R-2": "§ 17.16.030", "R-3": "§ 17.16.030", "R-4": "§ 17.16.030",
               "M-1": "§ 17.22.020", "M-2": "§ 17.22.020"}.get(dist, "§ 17.20.030")
    proj_add = ["a 280-square-foot single-story rear addition", "a new primary bedroom suite", "a kitchen and family room expansion",
                "a 360-square-foot addition", "a two-car garage addition", "a ground-floor bedroom and accessible bathroom"]
    if kind in ("side", "rear", "front", "street"):
        std = {"side": d["side"], "rear": d["rear"], "front": d["front"], "street": d["street"]}[kind]
        if std == 0:
            kind = "height"
        else:
            if major:
                req = r5(std * rnd.uniform(0.35, 0.72))
            else:
                req = r5(std * rnd.uniform(0.8, 0.93))
                if req < std * 0.8:
                    req = r5(std * 0.8 + 0.5)
                if req >= std:
                    req = std - 0.5
            label = {"side": "interior side setback", "rear": "rear setback", "front": "front setback", "street": "street side setback"}[kind]
            proj = rnd.choice(proj_add if kind != "front" else ["a covered front porch", "a front entry addition", "a new front bay and entry", "a one-story addition toward the street"])
            return dict(kind=kind, label=label, std=std, req=req, unit="ft", section=sec_std, project=proj,
                        summary=f"reduce the required {label} from {ft(std)} to {ft(req)}")
    if kind == "coverage":
        std = d["cov"]
        req = std + (rnd.randint(6, 12) if major else rnd.randint(2, 5))
        return dict(kind=kind, label="maximum lot coverage", std=std, req=req, unit="%", section=sec_std,
                    project=rnd.choice(proj_add), summary=f"increase maximum lot coverage from {std} percent to {req} percent")
    if kind == "height":
        std = d["height"]
        req = std + (max(int(std * 0.1) + 2, rnd.choice([4, 5, 6, 7, 8])) if major else max(1, int(std * rnd.uniform(0.04, 0.1))))
        if not major and req > std * 1.1:
            req = int(std * 1.1)
        if dist in RES_D:
            proj = rnd.choice(["a second-story addition", "a new dwelling on a down-sloping lot", "a raised roof to add attic living space"])
        elif dist in IND_D:
            proj = rnd.choice(["a new warehouse building with high-bay racking", "a manufacturing building addition", "a rooftop dust-collection system"])
        else:
            proj = rnd.choice(["a new mixed-use building", "a rooftop mechanical screen and elevator overrun", "a building addition"])
        return dict(kind=kind, label="maximum building height", std=std, req=req, unit="ft", section=sec_std, project=proj,
                    summary=f"increase the maximum building height from {ft(std)} to {ft(req)}")
    if kind == "fence":
        std = fence_std
        req = std + (rnd.choice([1.5, 2, 2.5]) if major else rnd.choice([0.5, 1]))
        return dict(kind=kind, label="front-setback fence height", std=std, req=req, unit="ft", section="§ 17.36.030",
                    project=rnd.choice(["a new front-yard fence", "an existing front fence built by a previous owner", "a privacy fence along the front property line on a busy street"]),
                    summary=f"allow a fence {ft(req)} high in the front setback where {ft(std)} is the maximum")
    if kind == "accessory":
        std = 5
        req = rnd.choice([2, 2.5, 3]) if major else 4
        return dict(kind=kind, label="accessory structure setback", std=std, req=req, unit="ft", section="§ 17.24.020",
                    project=rnd.choice(["a detached garage", "a detached workshop", "a pool house", "a detached home office"]),
                    summary=f"reduce the side and rear setback for an accessory structure from {ft(std)} to {ft(req)}")
    if kind == "parking":
        return dict(kind=kind, label="required off-street parking", std=2, req=1, unit="spaces", section="§ 17.28.020",
                    project="conversion of an attached garage to a family room", summary="reduce required off-street parking for the dwelling from 2 spaces to 1 space")
    if kind == "parking_c":
        std = rnd.randint(14, 40)
        req = int(std * rnd.uniform(0.5, 0.75))
        return dict(kind=kind, label="required off-street parking", std=std, req=req, unit="spaces", section="§ 17.28.020",
                    project=rnd.choice(["a change of use to a restaurant", "a medical office conversion", "a building addition", "a new fitness studio"]),
                    summary=f"reduce required off-street parking from {std} spaces to {req} spaces")
    if kind == "rear_c":
        rq = rnd.choice([4, 5, 6]) if major else 8
        return dict(kind=kind, label="rear setback abutting a residential district", std=10, req=rq, unit="ft", section="§ 17.20.030",
                    project="a storage and loading addition", summary="reduce the rear setback abutting a residential district from 10 feet to " + ft(rq))
    if kind == "sign":
        req = rnd.choice([120, 130, 140, 150, 160])
        return dict(kind=kind, label="maximum wall sign area", std=100, req=req, unit="sq ft", section="§ 17.32.050",
                    project="new wall signage for a tenant", summary=f"allow {req} square feet of wall signs where 100 square feet is the maximum")
    return variance_request(rnd, dist, date, major)


def vote(rnd, outcome, date):
    members = list(PC_MEMBERS)
    absent = rnd.sample(members, rnd.choice([0, 0, 0, 1, 1, 2]))
    present = [m for m in members if m not in absent]
    if outcome.startswith("Approved"):
        noes = rnd.sample(present, rnd.choice([0, 0, 1, 1, 2]))
    else:
        noes = rnd.sample(present, rnd.choice([0, 1, 1, 2]))  # noes = voted against the motion to deny
    ayes = [m for m in present if m not in noes]
    return ayes, noes, absent


def strip_title(m):
    return m.split(" ", 1)[1] if m.startswith(("Chair", "Commissioner")) else m.replace("Vice Chair ", "")


def names(lst):
    return ", ".join(strip_title(m) for m in lst) if lst else "none"


def gen_variances(rnd):
    meetings = [m for m in pc_meetings(dt.date(2023, 1, 1), dt.date(2026, 11, 4))]
    majors = []
    for m in meetings:
        for _ in range(rnd.choice([0, 1, 1, 1, 2, 2])):
            majors.append(m)
    if dt.date(2026, 6, 23) not in majors:
        majors.append(dt.date(2026, 6, 23))
    majors.sort()
    minors = []
    d = dt.date(2023, 1, 9)
    while d <= dt.date(2026, 11, 12):
        if d.weekday() < 5 and rnd.random() < 0.22:
            minors.append(d)
        d += dt.timedelta(days=1)
    HOL = {dt.date(2023, 5, 29), dt.date(2023, 7, 4), dt.date(2023, 9, 4), dt.date(2023, 11, 23), dt.date(2023, 11, 24), dt.date(2023, 12, 25),
           dt.date(2024, 1, 1), dt.date(2024, 5, 27), dt.date(2024, 7, 4), dt.date(2024, 9, 2), dt.date(2024, 11, 28), dt.date(2024, 11, 29), dt.date(2024, 12, 25),
           dt.date(2025, 1, 1), dt.date(2025, 5, 26), dt.date(2025, 7, 4), dt.date(2025, 9, 1), dt.date(2025, 11, 27), dt.date(2025, 11, 28), dt.date(2025, 12, 25),
           dt.date(2026, 1, 1), dt.date(2026, 5, 25), dt.date(2026, 7, 3), dt.date(2026, 9, 7), dt.date(2026, 11, 11)}
    fixed = []
    for x in minors:
        while x in HOL or x.weekday() >= 5:
            x += dt.timedelta(days=1)
        fixed.append(x)
    minors = fixed
    recs = []
    # numbering
    for kind, dates in (("ZV", majors), ("MV", minors)):
        by_year = {}
        for x in dates:
            by_year.setdefault(x.year, []).append(x)
        for y, ds in by_year.items():
            n = rnd.randint(1, 3)
            special_done = False
            for x in ds:
                if kind == "ZV" and y == 2026:
                    if x == dt.date(2026, 6, 23) and not special_done:
                        special_done = True
                        recs.append(dict(file="ZV-2026-041", date=x, major=True, special=True))
                        n = 42
                        continue
                    if not special_done and n >= 40:
                        n = 39
                recs.append(dict(file=f"{kind}-{y}-{n:03d}", date=x, major=(kind == "ZV"), special=False))
                n += rnd.choice([1, 1, 1, 2, 2, 3])
    seen = set()
    for r in recs:
        assert r["file"] not in seen, r["file"]
        seen.add(r["file"])
    for r in recs:
        date, major = r["date"], r["major"]
        if r["special"]:
            r.update(num=1418, street="Marlowe Street", dist="R-1", overlay=None, hood="Westbrook",
                     req=dict(kind="side", label="interior side setback", std=5, req=2.5, unit="ft", section="§ 17.16.030",
                              project="a 310-square-foot two-story side addition", summary="reduce the required interior side setback from 5 feet to 2.5 feet"),
                     outcome="Denied", owner="Teodora and Miles Ferrante", applicant="Westbrook Renovations", planner="Maya Sorensen",
                     special_txt="The lot is 50 feet wide, narrower than the 60-foot minimum, because it was created by a subdivision recorded in 1924.",
                     deny_txt="The Commission found that a rear addition meeting all setbacks was feasible and that the hardship was self-created.")
            ay, no, ab = ["Chair Miriam Castellanos", "Commissioner Lena Haugen", "Commissioner Darius Feld", "Commissioner Kenji Mori"], ["Vice Chair Owen Pryce", "Commissioner Samuel Ortega-Reyes"], ["Commissioner Beatrice Nwosu"]
            r.update(ayes=ay, noes=no, absent=ab, conds=[])
        else:
            pool = RES_D * 3 + COM_D + IND_D if True else RES_D
            n, st, dist, ov, hood = address(rnd, pool)
            q = variance_request(rnd, dist, date, major)
            if major:
                outcome = rnd.choices(["Approved", "Approved with conditions", "Denied"], [25, 45, 30])[0]
            else:
                outcome = rnd.choices(["Approved", "Approved with conditions", "Denied"], [55, 33, 12])[0]
            grp = kind_group(q["kind"], dist)
            sp = rnd.choice(SPECIAL_BY_KIND.get(grp, SPECIAL_OK))
            if "{w}" in sp:
                mw = DIST[dist]["width"] or 50
                sp = sp.format(w=mw - rnd.choice([8, 10, 12, 15]), mw=mw)
            conds = []
            if outcome == "Approved with conditions":
                pool_c = COND_BY_KIND.get(grp) or (COND_RES if q["kind"] != "fence" else COND_FENCE + COND_RES[:1])
                conds = rnd.sample(pool_c, min(len(pool_c), rnd.randint(2, 4)))
            owner = person(rnd)
            if rnd.random() < 0.3:
                owner = owner + " and " + person(rnd).split()[0] + " " + owner.split()[-1]
            applicant = rnd.choice([owner, rnd.choice(COMPANIES)]) if dist in RES_D else rnd.choice(COMPANIES)
            r.update(grp=grp, num=n, street=st, dist=dist, overlay=ov, hood=hood, req=q, outcome=outcome, owner=owner, applicant=applicant,
                     planner=rnd.choice(PLANNERS), special_txt=sp, deny_txt=rnd.choice(DENY), conds=conds)
            if major:
                ay, no, ab = vote(rnd, outcome, date)
                r.update(ayes=ay, noes=no, absent=ab)
        RECORDS["variance"].append(r)
    # PC resolution numbers assigned later jointly with PC decisions


def variance_docs(rnd):
    for r in RECORDS["variance"]:
        q = r["req"]
        addr = f"{r['num']} {r['street']}"
        date = r["date"]
        major = r["major"]
        dl = appeal_deadline(date)
        exp = plus2(date)
        v = rnd.randint(0, 3)
        kind_word = "Variance" if major else "Minor variance"
        title = rnd.choice([f"{kind_word} {r['file']}: {addr}", f"{kind_word} decision — {addr} ({r['file']})"])
        if not major and v == 3:
            title = f"Notice of decision: minor variance {r['file']}, {addr}"
        ovtxt = f" The property is also within the {OVERLAYS[r['overlay']][0]}." if r["overlay"] else ""
        out = []
        body_maker = "Planning Commission" if major else f"Zoning Administrator ({STAFF['za'][0]})"
        status = "approved" if r["outcome"].startswith("Approved") else "denied"
        if v in (0, 2):
            out.append("| | |\n|---|---|")
            out.append(f"| File | {r['file']} |")
            out.append(f"| Address | {addr} |")
            out.append(f"| Zoning | {r['dist']} {DIST[r['dist']]['name']}{' / ' + r['overlay'] if r['overlay'] else ''} |")
            out.append(f"| Owner | {r['owner']} |")
            out.append(f"| Applicant | {r['applicant']} |")
            out.append(f"| Decision-maker | {body_maker} |")
            out.append(f"| Decision date | {fmt_date(date)} |")
            out.append(f"| Decision | **{r['outcome']}** |")
            if major:
                out.append(f"| Resolution | PC Resolution {r['res']} |")
                out.append(f"| Vote | {len(r['ayes'])}-{len(r['noes'])}{', ' + str(len(r['absent'])) + ' absent' if r['absent'] else ''} |")
            out.append(f"| Staff planner | {r['planner']} |\n")
            out.append("## Request\n")
            out.append(f"The applicant requested a {'variance' if major else 'minor variance'} from {q['section']} to {q['summary']}, to allow {q['project']}.{ovtxt}\n")
        else:
            lead = (f"On {fmt_date(date)}, the Fernhill Planning Commission {status} variance {r['file']}" if major
                    else f"On {fmt_date(date)}, the Zoning Administrator {status} minor variance {r['file']}")
            out.append(f"{lead} for the property at **{addr}** ({r['dist']}, {r['hood']}). The request was to {q['summary']} under {q['section']}, in order to allow {q['project']}.{ovtxt}\n")
            out.append(f"- Owner: {r['owner']}\n- Applicant: {r['applicant']}\n- Planner: {r['planner']}")
            if major:
                out.append(f"- PC Resolution {r['res']}; vote {len(r['ayes'])}-{len(r['noes'])}")
            out.append("")
        out.append("## Findings\n" if v != 2 else "## Basis for the decision\n")
        if status == "approved":
            out.append(f"1. **Special circumstances.** {r['special_txt']}")
            out.append(f"2. **Comparable privileges.** Without the variance, the owner could not {rnd.choice(['make improvements of a size common', 'build the kind of addition found', 'use the property in the way that is usual'])} on other lots in the {r['dist']} district.")
            f3 = ["The deviation is modest and no objections were received from neighbours."]
            if r.get("grp") in ("res_setback", "height_res", "fence", "parking"):
                f3 += ["The adjoining owner submitted a letter of support, and the project will not affect light or access.",
                       "Similar conditions exist at several homes on the same block."]
                if r["conds"]:
                    f3.append("Conditions of approval address privacy and drainage for the adjoining property.")
            else:
                f3 += ["The request will not affect traffic safety or the use of neighbouring properties.",
                       "Comparable conditions exist on other properties along the same street."]
            out.append("3. **No special privilege or harm.** " + rnd.choice(f3))
            out.append("4. **General Plan.** The project is consistent with the General Plan designation for the property.\n")
        else:
            out.append(f"The {'Commission' if major else 'Zoning Administrator'} could not make the required findings of § 17.52.040:\n")
            out.append(f"- {r['deny_txt']}")
            if rnd.random() < 0.5 and not r["special"]:
                out.append(f"- {rnd.choice([x for x in DENY if x != r['deny_txt']])}")
            out.append("")
        if r["conds"]:
            out.append("## Conditions of approval\n")
            for i, c in enumerate(r["conds"], 1):
                out.append(f"{i}. {c}")
            out.append("")
        if major and v in (1, 3) or (major and rnd.random() < 0.4):
            out.append("## Vote\n")
            out.append(f"- Ayes: {names(r['ayes'])}\n- Noes: {names(r['noes'])}\n- Absent: {names(r['absent'])}\n")
        if r["special"]:
            out.append("## Appeal\n")
            out.append("The applicant filed an appeal with the City Clerk on July 1, 2026. On September 21, 2026 the City Council heard the appeal, reversed the Planning Commission's decision and approved the variance with conditions by a 4-1 vote (Council Resolution 2026-104). See Council decision: appeal of variance ZV-2026-041, 1418 Marlowe Street.\n")
            out.append("**Current status:** Approved with conditions on appeal (September 21, 2026). The variance expires September 21, 2028 unless a building permit is issued and work has begun.")
        else:
            out.append("## Appeal and expiration\n")
            txt = f"The decision could be appealed to the {'City Council' if major else 'Planning Commission'} until {fmt_date(dl)} (§ 17.72.020)."
            if r.get("appealed"):
                txt += " " + r["appealed"]
            elif TODAY > dl:
                txt += " No appeal was filed."
            if status == "approved":
                txt += f" The variance expires on {fmt_date(exp)} unless a building permit has been issued and work has begun (§ 17.52.070)."
            out.append(txt)
        upd = date + dt.timedelta(days=rnd.randint(1, 4))
        if r["special"]:
            upd = dt.date(2026, 9, 22)
        if r.get("appeal_upd"):
            upd = r["appeal_upd"]
        pre = "variance" if major else "minor-variance"
        fname = f"{pre}-{r['file'].lower()}-{slug(addr)}"
        add(fname, title, upd, "\n".join(out), datekind="Date" if rnd.random() < 0.5 else "Updated")
        r["title"] = title
        r["fname"] = fname


# ------------------------------------------------------------------ Planning Commission decisions (CUP, SPR, TPM, COA)
CUP_USES = [
    ("a brewery tasting room", ["M-1"], ["Kestrel Brewing Co.", "Fern River Ales", "Quarry Lane Brewing", "Old Kiln Cider Works", "Copperfield Beer Hall"]),
    ("a restaurant serving alcohol until midnight", ["MU-C", "DT", "C-1", "C-2"], ["Tavola Fernhill", "The Granary Kitchen", "Linden Oyster Bar", "Saffron & Salt", "Blue Heron Bistro", "Station Street Taqueria"]),
    ("a drive-through coffee kiosk", ["C-2"], ["Ridgeline Coffee", "Morning Mill Coffee", "Daybreak Espresso"]),
    ("an auto repair shop", ["C-2"], ["Southgate Auto Care", "Precision Motors", "Copperfield Tire & Brake"]),
    ("a large family child care home for up to 14 children", ["R-1", "R-2"], ["Little Acorns Family Child Care", "Sunflower Home Daycare", "Busy Bees Family Care"]),
    ("a child care centre for up to 48 children", ["C-1", "C-2", "MU-C"], ["Bright Meadow Early Learning", "Kestrel Kids Centre", "Willow Tree Preschool"]),
    ("a place of worship with a 180-seat sanctuary", ["R-1", "C-1", "R-3"], ["Fernhill Community Church", "Grace Fellowship of Fernhill", "Westbrook Friends Meeting", "Beth Shalom Fernhill"]),
    ("a hotel with 64 rooms", ["DT", "MU-C"], ["The Linden Hotel", "Millrace Inn", "Station House Hotel"]),
    ("a 65-foot wireless telecommunications tower", ["M-1", "C-2"], ["Cascadia Wireless", "NorthStar Mobile"]),
    ("a bed and breakfast inn with 4 guest rooms", ["R-1", "R-2"], ["Alder House B&B", "The Wren's Nest Inn", "Lantern Hill Guest House"]),
    ("a large recycling facility", ["M-2"], ["Fernhill Materials Recovery", "Greenloop Recycling"]),
]
SPR_PROJ = [
    ("a four-story mixed-use building with {u} apartments over {sf:,} square feet of ground-floor retail", ["MU-C", "DT"]),
    ("a {u}-unit apartment building", ["R-3", "R-4"]),
    ("a {sf2:,}-square-foot light industrial building", ["M-1", "M-2"]),
    ("a {sf2:,}-square-foot retail building with a 60-space parking lot", ["C-2"]),
]
COA_PROJ = ["a two-story rear addition to a contributing 1880s cottage", "a new single-family dwelling on a vacant lot",
            "demolition of a contributing carriage house", "rehabilitation of a former warehouse into 12 apartments",
            "a new storefront and upper-floor addition", "replacement of original wood windows with fiberglass windows on the street facade"]
CUP_CONDS = ["Hours of operation shall be limited to {h}.", "Amplified music is prohibited outdoors.",
             "The operator shall provide a contact phone number to neighbours and respond to complaints within 24 hours.",
             "Deliveries shall occur only between 7:00 a.m. and 7:00 p.m.", "Exterior lighting shall be shielded and directed downward.",
             "The Planning Commission shall review the permit one year after the use begins.",
             "Trash enclosures shall be screened and located at least 20 feet from residential property lines.",
             "A queuing plan shall be maintained so that vehicles do not back onto the street.",
             "Landscaping along the residential boundary shall be installed before occupancy.",
             "The use shall comply with the noise limits of § 17.22.030."]
SPR_CONDS = ["Final landscape and irrigation plans shall be approved before building permit issuance.",
             "Street trees shall be planted at 30-foot intervals along all frontages (§ 17.40.030).",
             "Bicycle parking shall be provided per § 17.28.050.", "EV charging shall be provided per § 17.28.060.",
             "The applicant shall pay the park and transportation impact fees in effect at building permit issuance.",
             "Rooftop equipment shall be screened from view from adjacent streets.",
             "A construction management plan shall be approved by Public Works before grading."]


BN_PREFIX = ["Kestrel", "Fern River", "Quarry", "Old Kiln", "Copperfield", "Ironbark", "Lantern", "Heron", "Foundry", "Granary",
             "Alder", "Millrace", "Wren", "Linden", "Southgate", "Birchwood", "Juniper", "Tanner", "Sycamore", "Ember", "Larkspur", "Marlowe"]
BN_SUFFIX = {"brewery": ["Brewing Co.", "Ales", "Beer Works", "Cider House"], "restaurant": ["Kitchen", "Bistro", "Tavern", "Oyster Bar", "Trattoria", "Cantina"],
             "coffee": ["Coffee", "Espresso", "Roasters"], "auto": ["Auto Care", "Motors", "Tire & Brake"],
             "family child care": ["Family Child Care", "Home Daycare"], "centre": ["Early Learning", "Kids Centre", "Preschool"],
             "worship": ["Community Church", "Fellowship", "Friends Meeting", "Gospel Hall"], "hotel": ["Hotel", "Inn", "Suites"],
             "wireless": ["Wireless", "Mobile"], "bed and breakfast": ["House B&B", "Guest House"], "recycling": ["Materials Recovery", "Recycling"]}
USED_BN = set()


def unique_business(rnd, use, fallback):
    key = next((k for k in BN_SUFFIX if k in use), None)
    for _ in range(200):
        nm = f"{rnd.choice(BN_PREFIX)} {rnd.choice(BN_SUFFIX[key])}" if key else rnd.choice(fallback)
        if nm not in USED_BN:
            USED_BN.add(nm)
            return nm
    return rnd.choice(fallback)


def gen_pc(rnd):
    meetings = pc_meetings(dt.date(2023, 1, 1), dt.date(2026, 11, 4))
    counters = {}
    for m in meetings:
        for _ in range(rnd.choice([1, 1, 2, 2, 2, 3])):
            t = rnd.choices(["CUP", "SPR", "TPM", "COA"], [50, 22, 12, 16])[0]
            y = m.year
            counters[(t, y)] = counters.get((t, y), rnd.randint(0, 2)) + rnd.choice([1, 1, 2])
            file = f"{t}-{y}-{counters[(t, y)]:03d}"
            r = dict(type=t, file=file, date=m)
            if t == "CUP":
                use, dists, bnames = rnd.choice(CUP_USES)
                n, st, dist, ov, hood = address(rnd, dists)
                bn = unique_business(rnd, use, bnames)
                r.update(use=use, business=bn, applicant=rnd.choice([person(rnd), f"{bn.rstrip('.')} LLC", rnd.choice(["Meridian Planning Associates", "Keystone Design Group", "Lantern Studio Architecture"])]))
                outcome = rnd.choices(["Approved with conditions", "Approved", "Denied"], [72, 12, 16])[0]
                crnd = random.Random(file)
                if "restaurant" in use:
                    hrs = crnd.choice(["11:00 a.m. to midnight daily", "11:00 a.m. to 11:00 p.m. Sunday through Thursday and 11:00 a.m. to midnight Friday and Saturday"])
                elif "tasting" in use:
                    hrs = crnd.choice(["noon to 10:00 p.m. daily", "noon to 9:00 p.m. Sunday through Thursday and noon to 11:00 p.m. Friday and Saturday"])
                elif "coffee" in use:
                    hrs = "5:30 a.m. to 9:00 p.m. daily"
                elif "child care" in use:
                    hrs = "6:30 a.m. to 6:30 p.m. Monday through Friday"
                else:
                    hrs = crnd.choice(["7:00 a.m. to 10:00 p.m. daily", "7:00 a.m. to 7:00 p.m. Monday through Saturday"])
                pool = [c for c in CUP_CONDS if not ("noise limits" in c and dist not in ("M-1", "M-2"))
                        and not ("Hours" in c and ("hotel" in use or "tower" in use or "bed and breakfast" in use or "worship" in use))
                        and not ("queuing" in c and "drive-through" not in use and "child care" not in use)]
                conds = [c.format(h=hrs) for c in crnd.sample(pool, crnd.randint(3, 5))]
            elif t == "SPR":
                tmpl, dists = rnd.choice(SPR_PROJ)
                n, st, dist, ov, hood = address(rnd, dists)
                r.update(use=tmpl.format(u=rnd.choice([18, 24, 36, 42, 48, 60, 72, 96]), sf=rnd.choice([4200, 6200, 8800]), sf2=rnd.choice([12400, 16800, 22000, 31500])),
                         business=None, applicant=rnd.choice(COMPANIES))
                outcome = rnd.choices(["Approved with conditions", "Approved", "Denied"], [80, 10, 10])[0]
                conds = rnd.sample(SPR_CONDS, rnd.randint(3, 5))
            elif t == "TPM":
                n, st, dist, ov, hood = address(rnd, ["RE", "R-1", "R-1S", "R-2"])
                mn = DIST[dist]["lot"]
                a = mn * 2 + rnd.choice([200, 600, 1400, 2800])
                b1 = a // 2 + rnd.choice([0, 100, 300])
                b2 = a - b1
                r.update(use=f"dividing a {a:,}-square-foot lot into two lots of {b1:,} and {b2:,} square feet", business=None, applicant=person(rnd))
                outcome = rnd.choices(["Approved with conditions", "Denied"], [85, 15])[0]
                conds = rnd.sample(["Each new lot shall have a separate sewer lateral and water service.", "Street trees shall be planted along the new frontage.",
                                    "A shared driveway easement shall be recorded with the final map.", "The final map shall be recorded within 2 years (§ 17.64.100).",
                                    "Existing accessory structures crossing the new lot line shall be removed before recording."], 3)
            else:
                n, st, dist, ov, hood = address(rnd, ["R-2", "R-1S", "MU-N", "C-1", "DT"], (10, 900))
                while ov != "HD":
                    USED_ADDR.discard((n, st))
                    n, st, dist, ov, hood = address(rnd, ["R-2", "R-1S", "MU-N", "C-1", "DT"], (10, 900))
                use = rnd.choice(COA_PROJ)
                r.update(use=use, business=None, applicant=rnd.choice([person(rnd), "Old Mill Restoration Co.", "Birch & Stone Architects"]))
                outcome = rnd.choices(["Approved with conditions", "Denied"], [75, 25])[0] if "demolition" in use or "fiberglass" in use else rnd.choices(["Approved with conditions", "Approved"], [80, 20])[0]
                conds = rnd.sample(["Exterior materials shall match the samples approved by the Commission.", "Windows on the street facade shall be wood with simulated divided lites.",
                                    "The addition shall be set back at least 10 feet from the front facade.", "The building shall be documented with photographs before work begins.",
                                    "Final colour selections shall be approved by the Historic Preservation Planner."], 3)
            if outcome != "Approved with conditions":
                conds = []
            ay, no, ab = vote(rnd, outcome, m)
            r.update(num=n, street=st, dist=dist, overlay=ov, hood=hood, outcome=outcome, conds=conds, planner=rnd.choice(PLANNERS),
                     ayes=ay, noes=no, absent=ab)
            RECORDS["pc"].append(r)


def assign_resolutions():
    items = [r for r in RECORDS["variance"] if r["major"]] + RECORDS["pc"]
    items.sort(key=lambda r: (r["date"], r["file"]))
    cnt = {}
    for r in items:
        y = r["date"].year
        cnt[y] = cnt.get(y, 0) + 1
        r["res"] = f"{y}-{cnt[y]:02d}"


TYPE_NAME = {"CUP": "Conditional use permit", "SPR": "Site plan and design review", "TPM": "Tentative parcel map", "COA": "Certificate of appropriateness"}


def pc_docs(rnd):
    for r in RECORDS["pc"]:
        addr = f"{r['num']} {r['street']}"
        tn = TYPE_NAME[r["type"]]
        label = f"{r['business']}, " if r.get("business") else ""
        title = rnd.choice([f"Planning Commission decision: {tn} {r['file']}, {label}{addr}",
                            f"{tn} {r['file']} — {label}{addr}"])
        v = rnd.randint(0, 2)
        status = "approved" if r["outcome"].startswith("Approved") else "denied"
        out = []
        if v == 0:
            out.append(f"**Decision:** {r['outcome']}  \n**Hearing date:** {fmt_date(r['date'])}  \n**Resolution:** PC Resolution {r['res']}  \n**Vote:** {len(r['ayes'])}-{len(r['noes'])}{' (' + str(len(r['absent'])) + ' absent)' if r['absent'] else ''}\n")
            out.append("## Project\n")
            out.append(f"{r['applicant']} requested {('a ' + tn.lower()) if r['type'] != 'TPM' else 'approval of a tentative parcel map'} for {r['use']} at {addr} in the {r['dist']} district ({r['hood']}).")
        elif v == 1:
            who = f"{r['business']} ({r['applicant']})" if r.get("business") else r["applicant"]
            out.append(f"At its meeting of {fmt_date(r['date'])}, the Planning Commission {status} file {r['file']}, a request by {who} for {r['use']} at **{addr}**. The site is zoned {r['dist']}{' within the ' + OVERLAYS[r['overlay']][0] if r['overlay'] else ''}.\n")
            out.append(f"The action was taken by PC Resolution {r['res']} on a {len(r['ayes'])}-{len(r['noes'])} vote.")
        else:
            out.append("| Item | Detail |\n|---|---|")
            out.append(f"| File | {r['file']} |\n| Type | {tn} |\n| Site | {addr} |\n| Zoning | {r['dist']}{' / ' + r['overlay'] if r['overlay'] else ''} |\n| Applicant | {r['applicant']} |")
            if r.get("business"):
                out.append(f"| Business | {r['business']} |")
            out.append(f"| Proposal | {r['use'][0].upper() + r['use'][1:]} |\n| Hearing | {fmt_date(r['date'])} |\n| Outcome | {r['outcome']} (PC Resolution {r['res']}) |\n| Planner | {r['planner']} |")
        out.append("")
        out.append("## Discussion\n")
        if status == "approved":
            out.append(rnd.choice([
                "Staff recommended approval. Two members of the public spoke in support and one raised concerns about parking, which the Commission addressed through conditions.",
                "The Commission found that the proposal met all required findings. No members of the public spoke.",
                "Neighbours raised concerns about noise and hours. The Commission approved the request with tighter hours than the applicant proposed.",
                "Staff and the applicant agreed on the conditions below. The Commission praised the design quality of the proposal.",
            ]))
        else:
            out.append(rnd.choice([
                "Staff recommended approval with conditions, but a majority of the Commission found that the use would not be compatible with the surrounding residential neighbourhood.",
                "The Commission found that the site was not adequate in size for the proposed use and that traffic effects had not been addressed.",
                "Several neighbours spoke in opposition. The Commission could not make the finding that the proposal would not be detrimental to nearby residents.",
                "The Commission found the proposal inconsistent with the applicable design guidelines.",
            ]))
        out.append("")
        if r["conds"]:
            out.append("## Conditions of approval\n")
            for i, c in enumerate(r["conds"], 1):
                out.append(f"{i}. {c}")
            out.append("")
        if v != 2:
            out.append(f"Ayes: {names(r['ayes'])}. Noes: {names(r['noes'])}. Absent: {names(r['absent'])}.\n")
        dl = appeal_deadline(r["date"])
        tail = f"Appeals to the City Council were due by {fmt_date(dl)}."
        if r.get("appealed"):
            tail += " " + r["appealed"]
        elif TODAY > dl:
            tail += " No appeal was filed; the decision is final."
        if status == "approved" and r["type"] in ("CUP", "SPR", "TPM", "COA"):
            tail += f" The approval expires {fmt_date(plus2(r['date']))} unless exercised."
        out.append(tail)
        out.append(f"\nStaff contact: {r['planner']}, Planning Division, {PHONE_PLANNING}.")
        upd = r.get("appeal_upd") or (r["date"] + dt.timedelta(days=rnd.randint(1, 3)))
        fname = f"pc-decision-{r['file'].lower()}-{slug(addr)}"
        add(fname, title, upd, "\n".join(out))
        r["title"] = title
        r["fname"] = fname


# ------------------------------------------------------------------ Council decisions
def first_council_after(d, gap=25):
    for c in council_meetings():
        if c >= d + dt.timedelta(days=gap):
            return c


RES_ANCHORS = {2023: [(0, 0), (365, 150)], 2024: [(0, 0), (169, 64), (366, 140)], 2025: [(0, 0), (167, 71), (365, 150)],
               2026: [(0, 0), (187, 88), (229, 97), (264, 104), (365, 130)]}
RES_TAKEN = {(2024, 64), (2025, 71), (2026, 88), (2026, 97), (2026, 104)}


def council_res_number(d):
    doy = d.timetuple().tm_yday
    a = RES_ANCHORS[d.year]
    for (x0, y0), (x1, y1) in zip(a, a[1:]):
        if x0 <= doy <= x1:
            n = round(y0 + (doy - x0) * (y1 - y0) / (x1 - x0))
            break
    while (d.year, n) in RES_TAKEN:
        n += 1
    RES_TAKEN.add((d.year, n))
    return n


def gen_appeals(rnd):
    cands = [r for r in RECORDS["pc"] if r["date"] < dt.date(2026, 8, 15)]
    picks = rnd.sample(cands, 9)
    vcands = [r for r in RECORDS["variance"] if r["major"] and not r["special"] and r["date"] < dt.date(2026, 8, 15)]
    picks += rnd.sample(vcands, 4)
    resn = {}
    for r in picks:
        filed = r["date"] + dt.timedelta(days=rnd.randint(3, 9))
        c = first_council_after(r["date"], 30)
        status = "approved" if r["outcome"].startswith("Approved") else "denied"
        appellant = rnd.choice(["a group of neighbouring residents", "a neighbouring property owner", "the Westbrook Neighbourhood Association"]) if status == "approved" else "the applicant"
        result = rnd.choice(["upheld", "upheld", "reversed"])
        y = c.year
        resn[y] = resn.get(y, 20) + rnd.randint(2, 7)   # kept for a stable random sequence
        res = f"{y}-{council_res_number(c):02d}"
        if result == "upheld":
            final = r["outcome"]
        else:
            final = "Denied" if status == "approved" else "Approved with conditions"
        r["appealed"] = f"An appeal was filed by {appellant} on {fmt_date(filed)}. On {fmt_date(c)} the City Council {result} the Planning Commission's decision (Council Resolution {res}); final outcome: {final}."
        r["appeal_upd"] = c + dt.timedelta(days=1)
        RECORDS["council"].append(dict(kind="appeal", rec=r, date=c, filed=filed, appellant=appellant, result=result, res=res, final=final))
    # the Marlowe special
    sp = [r for r in RECORDS["variance"] if r["special"]][0]
    RECORDS["council"].append(dict(kind="appeal_special", rec=sp, date=dt.date(2026, 9, 21)))


REZONES = [
    (2023, "4 parcels totalling 1.9 acres at 2100-2180 Southgate Boulevard", "C-1", "R-3", "to allow townhouse development consistent with the 2022 Housing Element"),
    (2023, "a 0.6-acre parcel at 415 Kiln Road", "M-1", "C-2", "to allow a retail nursery and garden centre"),
    (2023, "the former Pemberton School site, 2900 Pemberton Avenue (3.2 acres)", "PF", "R-3", "to allow 64 affordable apartments after the school district sold the site"),
    (2024, "12 parcels along Fulton Avenue between Station Street and Market Street", "C-2", "MU-C", "to implement the Fulton Avenue Corridor Plan"),
    (2024, "a 2.4-acre parcel at 880 Industrial Way", "M-2", "M-1", "to reflect the closure of the former foundry and allow lighter uses"),
    (2024, "a 0.4-acre parcel at 1202 Hawthorne Boulevard", "R-1", "C-1", "to allow expansion of an existing neighbourhood market"),
    (2024, "Fernbank Park, 600 Fernbank Drive (7.5 acres)", "R-1", "OS", "to reflect City acquisition of the riverfront park"),
    (2025, "a 1.1-acre parcel at 3550 Sycamore Street", "R-3", "R-4", "to allow a 48-unit senior apartment building"),
    (2025, "5 parcels at 120-160 Mill Race Road", "C-1", "MU-N", "to support mixed-use reuse of historic commercial buildings"),
    (2025, "a 0.8-acre parcel at 77 Quarry Lane", "M-2", "M-1", "to allow a maker space and artisan studios"),
    (2025, "a 2.0-acre parcel at 4400 Lantern Hill Road", "RE", "R-1", "to allow a 6-lot subdivision"),
    (2026, "a 1.5-acre parcel at 2750 Chandler Avenue", "C-1", "R-3", "to allow 30 townhouses"),
    (2026, "a 0.9-acre parcel at 510 Copperfield Drive", "M-1", "C-2", "to allow a hardware store"),
]


def gen_rezonings(rnd):
    used_ord = {2023: {2, 11}, 2024: {7}, 2025: {8, 19}, 2026: {24, 28, 30, 31, 33, 36}}
    cm = council_meetings()
    pm = pc_meetings()
    rez_counter = {}
    for (y, site, frm, to, why) in REZONES:
        pcd = rnd.choice([d for d in pm if d.year == y and d < dt.date(2026, 6, 1)])
        first = [c for c in cm if c > pcd + dt.timedelta(days=20)][0]
        second = [c for c in cm if c > first][0]
        oy = second.year
        n = rnd.randint(3, 22)
        while n in used_ord.setdefault(oy, set()):
            n = rnd.randint(3, 22)
        used_ord[oy].add(n)
        rez_counter[y] = rez_counter.get(y, 0) + (1 if y == 2026 else rnd.randint(1, 2))
        RECORDS["council"].append(dict(kind="rezone", site=site, frm=frm, to=to, why=why, pc=pcd, first=first, date=second,
                                       ord=f"Ordinance {oy}-{n:02d}", file=f"REZ-{y}-{rez_counter[y]:03d}", eff=second + dt.timedelta(days=30),
                                       vote=rnd.choice(["5-0", "4-1", "5-0", "3-2"])))
    RECORDS["council"].append(dict(kind="rezone", site="Millbrook Commons, 3300 Millbrook Parkway (4.8 acres)", frm="C-2", to="MU-C",
                                   why="to allow redevelopment of the former Millbrook Plaza shopping centre with up to 320 homes, ground-floor retail and a public plaza",
                                   pc=dt.date(2026, 8, 25), first=dt.date(2026, 10, 5), date=dt.date(2026, 10, 19), ord="Ordinance 2026-36", file="REZ-2026-003",
                                   eff=dt.date(2026, 11, 18), vote="4-1", special=True))


def council_docs(rnd):
    for c in RECORDS["council"]:
        if c["kind"] == "appeal":
            r = c["rec"]
            addr = f"{r['num']} {r['street']}"
            what = TYPE_NAME.get(r.get("type"), "Variance")
            title = f"Council decision: appeal of {what.lower()} {r['file']}, {addr}"
            act = "Appeal denied; Planning Commission decision upheld" if c["result"] == "upheld" else "Appeal granted; Planning Commission decision reversed"
            out = [f"**Meeting:** City Council, {fmt_date(c['date'])}  \n**Action:** {act} — Council Resolution {c['res']}  \n**Final outcome:** {c['final']}\n"]
            out.append("## Background\n")
            desc = r.get("use") or r["req"]["summary"]
            out.append(f"On {fmt_date(r['date'])} the Planning Commission {('approved' if r['outcome'].startswith('Approved') else 'denied')} {r['file']} ({desc}) at {addr} by PC Resolution {r['res']}. An appeal was filed by {c['appellant']} on {fmt_date(c['filed'])}, within the 10-day appeal period (§ 17.72.020).\n")
            out.append("## Council action\n")
            if c["result"] == "upheld":
                out.append(rnd.choice(["After a public hearing, the Council found no error in the Commission's findings and denied the appeal.",
                                       "The Council heard from the appellant, the applicant and members of the public, and voted to deny the appeal and uphold the Commission's decision."]))
            else:
                out.append(rnd.choice(["After a de novo hearing (§ 17.72.030), the Council reached a different conclusion from the Commission and reversed its decision.",
                                       "The Council granted the appeal, finding that the record supported a different outcome than the one reached by the Commission."]))
            out.append(f"\nVote: {rnd.choice(['5-0', '4-1', '3-2'])}. The Council's decision is final (§ 17.72.030).")
            add(f"council-decision-{c['date'].isoformat()}-appeal-{r['file'].lower()}", title, c["date"] + dt.timedelta(days=1), "\n".join(out))
        elif c["kind"] == "rezone":
            title = f"Council decision: rezoning {c['file']}, {c['site'].split(',')[0] if c.get('special') else c['site']}"
            if c.get("special"):
                title = "Rezoning adopted: Millbrook Commons, 3300 Millbrook Parkway"
            out = [f"The City Council adopted **{c['ord']}** on second reading on {fmt_date(c['date'])}, rezoning {c['site']} from **{c['frm']}** ({DIST[c['frm']]['name']}) to **{c['to']}** ({DIST[c['to']]['name']}), {c['why']}.\n"]
            out.append("| Step | Date |\n|---|---|")
            out.append(f"| Planning Commission recommendation | {fmt_date(c['pc'])} |")
            out.append(f"| Council first reading | {fmt_date(c['first'])} |")
            out.append(f"| Council second reading and adoption | {fmt_date(c['date'])} |")
            out.append(f"| Effective date | {fmt_date(c['eff'])} |\n")
            out.append(f"Council vote on adoption: {c['vote']}. File {c['file']}.\n")
            if c.get("special"):
                out.append("The Planning Commission recommended approval 5-1 at its meeting of August 25, 2026. Conditions of the associated development agreement require at least 15 percent of the homes to be affordable to moderate-income households and a 0.5-acre public plaza on Millbrook Parkway. A site plan and design review application for the first phase is expected in 2027.\n")
                out.append("The zoning map (§ 17.12.020) will be updated on the effective date. Until then, the C-2 standards continue to apply to the site.")
            else:
                out.append(f"The new zoning is shown on the official zoning map (§ 17.12.020). Development standards for {c['to']} are on Zoning district: {c['to']} {DIST[c['to']]['name']}.")
            fn = f"council-decision-{c['date'].isoformat()}-rezoning-{c['file'].lower()}"
            if c.get("special"):
                fn = "council-decision-2026-10-19-rezoning-millbrook-commons-3300-millbrook-parkway"
            add(fn, title, c["date"] + dt.timedelta(days=1) if not c.get("special") else dt.date(2026, 10, 20), "\n".join(out))


ORD_PAGES = [
    ("2023-02", dt.date(2023, 2, 6), "Review authorities and hearing procedures", "amended §§ 17.04.030 and 17.68.040 to clarify which decisions are made by the Zoning Administrator, Planning Commission and City Council, and to set a 3-minute limit for public speakers at hearings", "5-0"),
    ("2023-11", dt.date(2023, 6, 5), "Plan review procedures", "amended § 15.08.050 to require consolidated comment letters and set resubmittal review at two-thirds of the original target time", "5-0"),
    ("2024-07", dt.date(2024, 4, 1), "Zoning code cleanup", "amended §§ 17.12.050, 17.20.020, 17.20.030, 17.48.010 and related sections, including clarifying the 50-foot riparian setback in the Riverfront Corridor Overlay", "4-1"),
    ("2025-08", dt.date(2025, 6, 2), "Contractor registration", "amended § 15.08.100 to require annual registration of contractor licence information in the permit system", "5-0"),
    ("2025-19", dt.date(2025, 11, 3), "Adoption of 2024 building codes", "adopted the 2024 editions of the International Building, Residential, Existing Building, Mechanical, Energy Conservation and Swimming Pool and Spa Codes, the Uniform Plumbing Code and the 2023 National Electrical Code, with local amendments, effective January 1, 2026", "5-0"),
]


def ordinance_docs(rnd):
    for num, d, subj, what, vote_ in ORD_PAGES:
        eff = dt.date(2026, 1, 1) if num == "2025-19" else d + dt.timedelta(days=30)
        body = f"On {fmt_date(d)}, the City Council adopted **Ordinance {num}**, {subj.lower()}, on second reading by a {vote_} vote.\n\n## What it does\n\nThe ordinance {what}.\n\n## Effective date\n\n{fmt_date(eff)}.\n\n## Background\n\n" + rnd.choice([
            "The Planning Commission recommended adoption after a public hearing. No members of the public spoke in opposition.",
            "The amendments were developed by Community Development staff with input from local builders and design professionals.",
            "The ordinance was introduced at the previous regular meeting and adopted without changes."]) + f"\n\nThe current text of the amended sections is published in the online municipal code. Questions: {EMAIL_PLANNING}."
        add(f"council-decision-ordinance-{num}-{slug(subj)}", f"Council decision: Ordinance {num}, {subj.lower()}", d + dt.timedelta(days=1), body)
    # fee resolutions
    for res, d, fy, eff in [("2024-64", dt.date(2024, 6, 17), "2024-25", dt.date(2024, 7, 1)), ("2025-71", dt.date(2025, 6, 16), "2025-26", dt.date(2025, 7, 1))]:
        body = (f"The City Council adopted **Resolution {res}**, setting the permit, inspection and planning fees for fiscal year {fy}, on {fmt_date(d)}. The fees took effect {fmt_date(eff)}.\n\n"
                "## Summary\n\n- Fees were adjusted to recover the cost of service as measured by the annual fee study.\n- The valuation-based building permit fee table was not changed.\n"
                f"- The technology surcharge remained {TECH_SURCHARGE}.\n\n" +
                (f"Under this resolution the reinspection fee was ${OLD_REINSPECTION_FEE}, the variance fee was $1,200, the minor variance fee was $450 and the conditional use permit fee was $2,800.\n\n" if res == "2025-71" else "") +
                "This resolution has been superseded. For current fees see Fee schedule FY2026-27: overview.")
        add(f"council-decision-resolution-{res}-fee-schedule-fy{fy}", f"Council decision: Resolution {res}, fee schedule FY{fy}", d + dt.timedelta(days=1), body)


# ------------------------------------------------------------------ agendas, pending items, staff reports
PENDING = [
    # date, file, address, district, hood, request, applicant, planner, recommendation
    (dt.date(2026, 11, 18), "ZV-2026-088", "2215 Dover Street", "R-1", "Westbrook", "Variance from § 17.16.030 to reduce the required rear setback from 20 feet to 12 feet for a 420-square-foot single-story addition", "Hollis Design Build for owners Grace and Amit Deshmukh", "Luis Bettencourt", "Approve with conditions"),
    (dt.date(2026, 11, 18), "CUP-2026-034", "640 Kiln Road", "M-1", "Copperfield", "Conditional use permit for a brewery tasting room (Ember & Oak Brewing) with indoor seating for 60 and hours of noon to 10:00 p.m.", "Ember & Oak Brewing LLC", "Grace Adeyemi", "Approve with conditions"),
    (dt.date(2026, 11, 18), "SPR-2026-021", "1850 Fulton Avenue", "MU-C", "Downtown", "Site plan and design review for a five-story mixed-use building with 54 apartments over 5,600 square feet of ground-floor retail", "Millrace Development LLC", "Joel Whitcombe", "Approve with conditions"),
    (dt.date(2026, 12, 2), "ZV-2026-091", "37 Heron Court", "R-1S", "Riverside", "Variance from § 17.16.030 to increase maximum lot coverage from 50 percent to 58 percent to allow an elevated replacement dwelling in the Floodplain Overlay", "Owner Ruth Okafor-Bell", "Maya Sorensen", "Pending staff report"),
    (dt.date(2026, 12, 2), "COA-2026-012", "118 Tanner Street", "R-2", "Old Mill", "Major certificate of appropriateness for a two-story rear addition to a contributing 1886 workers' cottage", "Old Mill Restoration Co.", "Gideon Marsh", "Pending staff report"),
    (dt.date(2026, 12, 2), "CUP-2026-036", "2410 Southgate Boulevard", "C-2", "Southgate", "Conditional use permit for a drive-through coffee kiosk with an 8-vehicle stacking lane", "Ridgeline Coffee", "Nikhil Varma", "Pending staff report"),
    (dt.date(2026, 12, 16), "TPM-2026-015", "4125 Briar Lane", "RE", "Lantern Hill", "Tentative parcel map to divide a 46,300-square-foot lot into two lots of 23,150 square feet each", "Tara and Wes Halvorsen", "Colette Dubois", "Tentative"),
    (dt.date(2026, 12, 16), "ZV-2026-094", "905 Chandler Avenue", "C-1", "Westbrook", "Variance from § 17.32.050 to allow 135 square feet of wall signs where 100 square feet is the maximum", "Tallis Signworks for Chandler Market", "Luis Bettencourt", "Tentative"),
]


def agenda_docs(rnd):
    meetings = [m for m in pc_meetings(dt.date(2023, 1, 1), dt.date(2026, 12, 31))]
    items_by = {}
    for r in RECORDS["variance"]:
        if r["major"]:
            items_by.setdefault(r["date"], []).append(("Variance", r["file"], f"{r['num']} {r['street']}", r["req"]["summary"], r["outcome"], r["res"]))
    for r in RECORDS["pc"]:
        items_by.setdefault(r["date"], []).append((TYPE_NAME[r["type"]], r["file"], f"{r['num']} {r['street']}", r["use"], r["outcome"], r["res"]))
    for p in PENDING:
        items_by.setdefault(p[0], []).append(("pending",) + p)
    for m in meetings:
        new_sched = m >= PC_SCHEDULE_CHANGE
        time = "6:00 p.m." if new_sched else "6:30 p.m."
        future = m > TODAY
        title = f"Planning Commission agenda — {fmt_date(m)}" + (" (tentative)" if m == dt.date(2026, 12, 16) else "")
        if not future:
            title = f"Planning Commission agenda and actions — {fmt_date(m)}"
        out = [f"Regular meeting of the Fernhill Planning Commission, {weekday_name(m)}, {fmt_date(m)}, at {time}, {CHAMBERS}.\n"]
        if m == dt.date(2026, 9, 9):
            out.append("> This meeting was moved from Tuesday, September 8 because the City Council met that evening in the Council Chambers (Labor Day schedule).\n")
        if m == PC_SCHEDULE_CHANGE:
            out.append(f"> This is the first meeting on the Commission's new schedule: {PC_SCHEDULE}.\n")
        out.append("1. Call to order and roll call\n2. Public comment on items not on the agenda (3 minutes per speaker)\n3. Consent calendar: approval of minutes of the previous meeting")
        items = items_by.get(m, [])
        k = 4
        if not items:
            out.append(f"{k}. No public hearing items were scheduled.")
            k += 1
        for it in items:
            if it[0] == "pending":
                _, d_, file, addr, dist, hood, req, appl, planner, rec = it
                out.append(f"{k}. **Public hearing — {file}, {addr}** ({dist}, {hood}). {req.rstrip('.')}. Applicant: {appl}. Planner: {planner}. Staff recommendation: {rec}.")
            else:
                tn, file, addr, desc, outcome, res = it
                if future:
                    out.append(f"{k}. Public hearing — {tn} {file}, {addr}: {desc}.")
                else:
                    out.append(f"{k}. Public hearing — {tn} {file}, {addr}: {desc}. **Action: {outcome}** (PC Resolution {res}).")
            k += 1
        out.append(f"{k}. Staff communications\n{k + 1}. Adjournment\n")
        out.append(rnd.choice([
            "Written comments received by noon on the day before the meeting are distributed to the Commission (§ 17.68.040).",
            f"Staff reports are posted on the City website five days before the meeting. Comments may be emailed to {EMAIL_PLANNING}.",
            "Persons needing accessibility accommodations should contact the City Clerk at least 48 hours before the meeting.",
        ]))
        upd = m - dt.timedelta(days=6) if future else m + dt.timedelta(days=2)
        if m == dt.date(2026, 12, 16):
            upd = dt.date(2026, 11, 13)
        if m == dt.date(2026, 12, 2):
            upd = dt.date(2026, 11, 13)
        add(f"pc-agenda-{m.isoformat()}", title, upd, "\n".join(out), datekind="Date" if not future else "Updated")
    # staff reports for Nov 18 items
    for p in PENDING[:3]:
        d_, file, addr, dist, hood, req, appl, planner, rec = p
        D = DIST[dist]
        body = [f"**Hearing:** Planning Commission, Wednesday, {fmt_date(d_)}, 6:00 p.m., {CHAMBERS}  \n**File:** {file}  \n**Site:** {addr} ({dist}, {hood})  \n**Applicant:** {appl}  \n**Planner:** {planner}  \n**Recommendation:** {rec}\n"]
        body.append("## Request\n\n" + req + ".\n")
        if file == "ZV-2026-088":
            body.append("## Analysis\n\nThe lot is 9,100 square feet but only 78 feet deep because the rear 30 feet were dedicated to the City for the Dover Creek drainage channel in 1971, leaving a shallower buildable area than other R-1 lots. The addition would be single-story and 14 feet high. The neighbour to the rear is separated by the 30-foot drainage channel. Staff finds that all four findings of § 17.52.040 can be made.\n\n## Recommended conditions\n\n1. The addition shall not exceed one story or 15 feet in height.\n2. Roof runoff shall be directed to the street, not to the drainage channel.\n3. A building permit shall be obtained within 2 years.\n\n## Public notice\n\nNotice was mailed to owners within 300 feet, posted on the site and published in the Fernhill Courier on November 6, 2026. One letter of support was received.")
        elif file == "CUP-2026-034":
            body.append("## Analysis\n\nBreweries are permitted in M-1, but a tasting room requires a conditional use permit (§ 17.22.010). The 6,400-square-foot building has 22 parking spaces, which meets § 17.28.020 for the combined production and tasting uses. The nearest residential district is 600 feet away across Kiln Road. Proposed hours are noon to 10:00 p.m. daily.\n\n## Recommended conditions\n\n1. Tasting room hours limited to noon to 10:00 p.m. daily.\n2. No amplified music outdoors.\n3. Food service (on-site or food trucks under § 17.24.130) shall be available whenever the tasting room is open.\n4. One-year review by the Planning Commission.\n\n## Public notice\n\nNotice was mailed, posted and published on November 6, 2026. No comments had been received when this report was written.")
        else:
            body.append("## Analysis\n\nThe project is 62 feet tall where MU-C allows 55 feet; however, the applicant is using the state density bonus for including 6 very-low-income units, which entitles the project to a height waiver. Ground-floor retail occupies 68 percent of the Fulton Avenue frontage, exceeding the 60 percent requirement of § 17.20.040. Sixty-one parking spaces and 54 long-term bicycle spaces are provided.\n\n## Recommended conditions\n\n1. Street trees at 30-foot intervals on Fulton Avenue.\n2. EV charging per § 17.28.060.\n3. Rooftop equipment screened.\n4. Construction management plan approved by Public Works before grading.\n\n## Public notice\n\nNotice was mailed, posted and published on November 6, 2026.")
        add(f"staff-report-{file.lower()}-{slug(addr)}", f"Staff report: {file}, {addr}", dt.date(2026, 11, 13), "\n".join(body))


RESERVED = [(2215, "Dover Street"), (640, "Kiln Road"), (1850, "Fulton Avenue"), (37, "Heron Court"), (118, "Tanner Street"),
            (2410, "Southgate Boulevard"), (4125, "Briar Lane"), (905, "Chandler Avenue"), (415, "Kiln Road"), (2900, "Pemberton Avenue"),
            (1202, "Hawthorne Boulevard"), (600, "Fernbank Drive"), (3550, "Sycamore Street"), (77, "Quarry Lane"), (4400, "Lantern Hill Road"),
            (2750, "Chandler Avenue"), (510, "Copperfield Drive"), (3300, "Millbrook Parkway"), (1418, "Marlowe Street")]


def run():
    rnd = random.Random(31)
    USED_ADDR.update(RESERVED)
    for n in range(2100, 2182):
        USED_ADDR.add((n, "Southgate Boulevard"))
    for n in range(120, 162):
        USED_ADDR.add((n, "Mill Race Road"))
    gen_variances(rnd)
    gen_pc(rnd)
    assign_resolutions()
    gen_appeals(rnd)
    gen_rezonings(rnd)
    variance_docs(rnd)
    pc_docs(rnd)
    council_docs(rnd)
    ordinance_docs(rnd)
    agenda_docs(rnd)
