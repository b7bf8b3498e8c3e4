# Compares the API answers and case pages of the same cases on two instances (the original and the imported):
# usage: python3 compare_cases.py URL_A USER:PASSWORD URL_B USER:PASSWORD CRN,CRN,...
# Pages are compared without what belongs to the session: the signed-in user's name, CSRF and submission tokens.
import base64, difflib, re, sys, urllib.error, urllib.request
A = (sys.argv[1], sys.argv[2]); B = (sys.argv[3], sys.argv[4]); crns = sys.argv[5].split(',')
def get(base, auth, path):
    r = urllib.request.Request(base + path, headers={'Authorization': 'Basic ' + base64.b64encode(auth.encode()).decode()})
    try:
        with urllib.request.urlopen(r) as resp: return resp.status, resp.read().decode()
    except urllib.error.HTTPError as e: return e.code, e.read().decode()
def norm(html):
    html = re.sub(r'op-header__name">[^<]*', '', html)
    html = re.sub(r'name="_csrf" value="[^"]*"', '', html)
    html = re.sub(r'<meta name="_csrf[^>]*>', '', html)
    html = re.sub(r'name="_submission" value="[^"]*"', '', html)
    return html
paths = ['/api/v1/people/{}/compliance', '/api/v1/people/{}/contacts', '/api/v1/people/{}/referrals', '/api/v1/people/{}/unpaid-work', '/api/v1/people/{}/reallocation',
         '/cases/{}', '/cases/{}/contacts', '/cases/{}/plan', '/cases/{}/enforcement', '/cases/{}/personal-details', '/cases/{}/unpaid-work', '/cases/{}/referrals']
same = differ = 0
for crn in crns:
    for p in paths:
        path = p.format(crn)
        sa, ba = get(*A, path); sb, bb = get(*B, path)
        if path.startswith('/cases'): ba, bb = norm(ba), norm(bb)
        if sa == sb and ba == bb: same += 1
        else:
            differ += 1
            print('DIFFER', path, sa, sb)
            if differ < 3:
                for l in list(difflib.unified_diff(ba.splitlines(), bb.splitlines(), lineterm='', n=0))[:12]: print('   ', l[:200])
print('answers equal:', same, 'different:', differ)
sys.exit(1 if differ else 0)
