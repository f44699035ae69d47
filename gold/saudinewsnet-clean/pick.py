import json, collections
rows=[json.loads(l) for l in open('../shared/data/saudinewsnet-sample/articles.jsonl')]
cues=[json.loads(l) for l in open('../shared/data/saudinewsnet-sample/articles-date-cues.jsonl')]
per=collections.defaultdict(list)
for r in rows: per[r['source']].append(r)
pick=[]
for s in sorted(per): pick += per[s][:2]
bycue=collections.defaultdict(list)
for r in cues:
    for c in r['cues']:
        bycue[c].append(r)
seen={r['id'] for r in pick}
for c in sorted(bycue):
    n=0
    for r in bycue[c]:
        if r['id'] in seen: continue
        pick.append(r); seen.add(r['id']); n+=1
        if n==3: break
json.dump([r['id'] for r in pick], open('gold/saudinewsnet-clean/ids.json','w'))
print(len(pick))
