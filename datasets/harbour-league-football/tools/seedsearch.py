import world
for k in range(0,200):
    world.SIM_SEED = world.SEED + k
    world._first_home_cache.clear()
    W = world.build()
    bottom = {r['key'] for r in W.final_2526[-2:]}
    t9 = world.table(W,'2026-27',upto_gw=9)
    top = sorted(W.players, key=lambda p:-p.stats['2025-26']['goals'])
    ok = bottom=={'bif','aal'} and t9[-1]['key']=='sal' and top[0].name=='Yann Le Gall' and top[0].stats['2025-26']['goals']>top[1].stats['2025-26']['goals']
    champ = W.final_2526[0]['key']
    if ok and champ=='pce':
        print(k, champ, top[0].stats['2025-26']['goals'], [r['key'] for r in W.current[:3]], W.current[-1]['key'])
