#!/usr/bin/env python3
"""Lists the rows where chitieu's analyze --json output differs from a sample's expected.json.
usage: diff-expected.py EXPECTED_DIR OUTPUT_DIR"""
import json, os, sys
exp_dir, out_dir = sys.argv[1:3]
for f in sorted(os.listdir(exp_dir)):
    if not f.endswith('.expected.json'):
        continue
    name = f[:-len('.expected.json')]
    exp = json.load(open(os.path.join(exp_dir, f)))
    try:
        out = json.load(open(os.path.join(out_dir, name + '.json')))
    except OSError:
        print(name, 'missing output'); continue
    got = {(s['name'], r['row']): r for s in out['sheets'] for t in s['tables'] for r in t['rows']}
    for e in exp['rows']:
        g = got.get((e['sheet'], e['row']))
        if g is None:
            print(name, e['sheet'], e['row'], 'MISSING', e['label']); continue
        for k in ('indicatorId', 'status', 'plan', 'actual'):
            if g.get(k) != e.get(k):
                print(name, e['sheet'], e['row'], e['label'], k, 'expected', e.get(k), 'got', g.get(k), 'conf', g.get('confidence'), 'runnerUp', g.get('runnerUp'))
