#!/usr/bin/env python3
"""Check the held-out gold files: every annotated string is an exact substring of the .txt, the JSON shape
matches the dev set, people are in order of first mention and quotes in article order. Exit 1 on errors."""
import json,glob,sys,os
bad=0
for jf in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), '*.json'))):
    t=open(jf[:-5]+'.txt',encoding='utf-8').read()
    d=json.load(open(jf,encoding='utf-8'))
    name=os.path.basename(jf)[:-5]
    def err(m):
        global bad; bad+=1; print(name,':',m)
    if set(d)!={'id','title','people','not_people','unattributed','notes'}: err('keys %s'%set(d))
    if d['id']!=name: err('id')
    if d['title']!=t.split('\n')[0]: err('title')
    for p in d['people']:
        if not set(p)<= {'name','aliases','role','quotes','optional'} or not {'name','aliases','role','quotes'}<=set(p): err('pkeys '+p['name'])
        for s in [p['name']]+p['aliases']+([p['role']] if p['role'] else []):
            if s not in t: err('not in text: '+s)
        for q in p['quotes']:
            if q['kind'] not in ('direct','mixed','indirect'): err('kind')
            if not set(q)<={'kind','text','optional'}: err('qkeys')
            if q['text'] not in t: err('quote not in text: '+p['name']+': '+q['text'])
    for n in d['not_people']:
        if n not in t: err('np not in text: '+n)
    for u in d['unattributed']:
        if set(u)!={'speaker','text'}: err('ukeys')
        if u['text'] not in t: err('unattr not in text: '+u['text'])
    # order of first mention
    pos=[t.find(p['name']) if p['name'] in t else 0 for p in d['people']]
    firsts=[min([t.find(s) for s in [p['name']]+p['aliases'] if s in t]) for p in d['people']]
    if firsts!=sorted(firsts): err('people order %s'%[(p['name'],f) for p,f in zip(d['people'],firsts)])
    for p in d['people']:
        qp=[t.find(q['text']) for q in p['quotes']]
        if qp!=sorted(qp): err('quote order '+p['name'])
    print(name, len(t.split()),'words', len(d['people']),'people', sum(len(p['quotes']) for p in d['people']),'quotes')
print('errors',bad)
sys.exit(1 if bad else 0)
