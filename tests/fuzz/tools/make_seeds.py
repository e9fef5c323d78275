#!/usr/bin/env python3
"""Writes the seed corpora of tests/fuzz/corpus/ from the test data (tests/data) plus small
hand-made cases. Run it again after the captures change; the output is committed, so a fuzz run
or the replay test never depends on this script. Keeps each corpus to a few dozen small files."""
import base64
import json
import pathlib
import shutil

fuzz = pathlib.Path(__file__).resolve().parent.parent
data = fuzz.parent / "data"
captures = sorted((data / "real-supervisor").glob("*.json"))
recipes = sorted((data / "recipes").glob("*.json"))


def compact(value):
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def write(target, name, content):
    folder = fuzz / "corpus" / target
    folder.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode()
    (folder / name).write_bytes(content)


def request_text(request):
    """The text form of tests/fuzz/requesttext.h."""
    lines = [f"{request['method']} {request['path']} HTTP/1.1"]
    for key, value in request.get("headers", {}).items():
        lines.append(f"{key}: {value}")
    body = request.get("body")
    if body is None:
        text = ""
    elif isinstance(body, str):
        text = body
    else:
        text = compact(body)
    return "\r\n".join(lines) + "\r\n\r\n" + text


def data_url(text, mime="text/plain"):
    return f"data:{mime};base64," + base64.b64encode(text.encode()).decode()


for target in ("codec", "recipe", "arguments", "router", "body"):
    shutil.rmtree(fuzz / "corpus" / target, ignore_errors=True)

# codec: response bodies that hold tasks, jobs and lists of them, and the agent's reports.
for path in captures:
    exchange = json.loads(path.read_text())
    body = exchange["response"]["body"]
    if isinstance(body, (dict, list)) and len(compact(body)) > 40:
        write("codec", f"response-{path.stem}.json", compact(body))
    request_body = exchange["request"].get("body")
    if path.stem.startswith("13-agent-put") and isinstance(request_body, dict):
        write("codec", f"report-{path.stem}.json", compact(request_body["result"]))
codec_cases = {
    "scalar-string.json": '"Unauthorized"',
    "empty-object.json": "{}",
    "empty-array.json": "[]",
    "task-string-numbers.json": compact({"name": "t", "type": "script", "timeout": "600000",
                                         "grace_time": "30", "env": {"A": None, "B": 1}}),
    "task-populated-refs.json": compact({"_id": "t1", "name": "n", "host": {"_id": "h", "hostname": "bot"},
                                         "script": {"id": "s", "filename": "a.sh"}, "triggers": [{"_id": "e"}, "f", 3],
                                         "tags": ["a", 1, None, {"x": 1}]}),
    "task-embedded-script.json": compact({"name": "n", "type": "script", "script_id": "s1",
                                          "script": {"filename": "a.sh", "data": data_url("echo hi")}}),
    "task-argument-kinds.json": compact({"name": "n", "task_arguments": [
        {"type": "fixed", "order": 0, "label": "f", "value": 5},
        {"type": "select", "order": "1", "label": "s", "options": [{"id": 1, "label": "one"}, "two", 3], "multiple": True},
        {"type": "input", "order": 2, "label": "i", "charsmin": "2", "charsmax": 1e20, "charset": "alnum", "pattern": "(a"},
        {"type": "remote-options", "order": 3}, {"type": "options", "order": 4}]}),
    "job-times.json": compact({"id": "j", "lifecycle": "finished", "state": "success",
                               "result": {"times": {"seconds": 2, "nanoseconds": 5e8}, "code": "3"}}),
    "job-epoch-dates.json": compact({"_id": "j", "lifecycle": "assigned", "creation_date": 1764344767247,
                                     "last_update": "2026-11-28T15:46:07Z", "output": "oops"}),
    "job-started-running.json": compact({"id": "j", "lifecycle": "started",
                                         "result": {"started_at": "2026-11-28T15:46:07.247Z"}}),
    "job-bad-dates.json": compact({"id": "j", "lifecycle": "finished", "creation_date": "2026-13-28T25:46:07.247Z",
                                   "last_update": "2026-02-30T15:46:07.247Z", "task": {"task_arguments": [1, {"type": 2}]}}),
    "list-mixed.json": compact([{"id": "a"}, {"name": "t", "type": "script"}, 1, None, {"type": "input"}]),
}
for name, content in codec_cases.items():
    write("codec", name, content)

# recipe: the published recipes (legacy format), our captures of both export modes (flat), and
# hand-made edge cases of both formats and of arguments files.
for path in recipes:
    write("recipe", path.name, path.read_bytes())
for stem in ("03-task-serialize-shallow", "04-task-serialize-deep"):
    exchange = json.loads((data / "real-supervisor" / f"{stem}.json").read_text())
    write("recipe", f"{stem}.json", json.dumps(exchange["response"]["body"], indent=2))
recipe_cases = {
    "flat-minimal.json": {"name": "n", "type": "script", "script": {"filename": "a.sh", "data": data_url("echo 1")}},
    "flat-raw-base64.json": {"name": "n", "type": "script", "script_runas": "bash %script%",
                             "env": {"K": ""}, "script": {"filename": "x", "data": "ZWNobyAx"}},
    "legacy-embedded.json": {"task": {"name": "n", "type": "script", "script": {"filename": "a.py",
                                                                              "data": data_url("print(1)")}}},
    "legacy-not-script.json": {"task": {"name": "n", "type": "approval"}, "file": {}},
    "flat-fixed-blank.json": {"name": "n", "type": "script", "task_arguments": [
        {"type": "fixed", "order": 0, "label": "F", "value": ""}, {"type": "input", "order": 1, "label": "I"}],
        "script": {"filename": "a.sh", "data": data_url("a", "application/x-sh") + "\n"}},
    "arguments-file.json": [{"type": "fixed", "order": 0, "label": "F", "value": "v"},
                            {"type": "select", "order": 1, "label": "S", "options": [{"id": "a", "label": "A"}]}],
    "arguments-bad-order.json": [{"type": "input", "order": "first"}],
}
for name, content in recipe_cases.items():
    write("recipe", name, json.dumps(content, indent=2))

# arguments: jobs and tasks as captured (definitions with the values a job got), and one case per
# argument type with values that pass and values that fail.
for stem in ("02-task-get", "06-job-create", "07-job-get-finished", "12-two-args-missing-last-slot"):
    exchange = json.loads((data / "real-supervisor" / f"{stem}.json").read_text())
    write("arguments", f"{stem}.json", compact(exchange["response"]["body"]))


def argument(kind, order, **extra):
    return {"type": kind, "order": order, "label": f"{kind} {order}", "required": True, **extra}


argument_cases = {
    "input-rules.json": {"definitions": [
        argument("input", 0, charsmin=2, charsmax=4, charset="alpha"),
        argument("input", 1, pattern="^[a-z]+@", charset="num"),
        argument("input", 2, charsmax=0, charset="alnum", required=False)],
        "values": ["abc", "12", ""]},
    "select.json": {"definitions": [
        argument("select", 0, options=[{"id": "a", "label": "A"}, {"id": 2, "label": "two"}], multiple=True),
        argument("select", 1, options=["x", "y"])], "values": [["a", 2], "z"]},
    "file.json": {"definitions": [argument("file", 0), argument("file", 1)], "maxFileBytes": 4,
                  "values": [data_url("hello"), "data:text/plain;name=a%20b.txt;base64,aGVs\nbG8="]},
    "json-text-type.json": {"definitions": [argument("json", 0), argument("fixed", 1, value="F"),
                                            argument("boolean", 2)],
                            "values": ['{"a":1}', None, "true"], "argumentsType": "json"},
    "text-type.json": {"definitions": [argument("textarea", 0), argument("date", 1), argument("email", 2)],
                       "values": [{"value": 3}, "2026-11-28T15:46:07.247Z", "a@b.co"], "argumentsType": "text"},
    "regexp-remote.json": {"definitions": [argument("regexp", 0), argument("remote-options", 1, multiple=False),
                                           argument("nope", 2)],
                           "values": ["(a|b", ["x"], 1]},
    "orders.json": {"definitions": [argument("input", 3), argument("input", -1), argument("input", 20000),
                                    {"type": "input"}, argument("fixed", 3, value=7)],
                    "values": {"3": "x", "0": {"order": 3, "value": "y"}}},
    "masked-by-order.json": {"definitions": [argument("input", 0, masked=True), argument("input", 1)],
                             "values": [{"order": 1, "value": "second"}, "first"]},
    "bare-definitions.json": [argument("input", 0, value="v"), argument("boolean", 1, value=False)],
}
for name, content in argument_cases.items():
    write("arguments", name, compact(content))

# router and body: every captured request, in the text form both targets read.
for path in captures:
    exchange = json.loads(path.read_text())
    text = request_text(exchange["request"])
    write("router", f"{path.stem}.txt", text)
    if exchange["request"].get("body") is not None or "?" in exchange["request"]["path"]:
        write("body", f"{path.stem}.txt", text)
router_cases = {
    "options-preflight.txt": "OPTIONS /acme/task HTTP/1.1\nOrigin: http://localhost:8080\n\n",
    "wrong-method.txt": "DELETE /acme/job/5e0000000000000000000001/cancel HTTP/1.1\n\n",
    "lowercase-method.txt": "get /api/status\n\n",
    "empty-segment.txt": "GET /acme//task HTTP/1.1\n\n",
    "trailing-slash-encoded.txt": "GET /acme/task/%2F/ HTTP/1.1\n\n",
    "percent-path.txt": "PUT /%61cme/agent/desk%20bot?x=1#frag HTTP/1.1\nOrigin: null\n\n",
    "unknown.txt": "BREW /coffee HTTP/1.1\n\n",
    "root.txt": "GET /\n\n",
}
for name, content in router_cases.items():
    write("router", name, content)
body_cases = {
    "qs-nesting.txt": "POST /job?a[b][c][d][e][f][g]=1&a[b][0]=x&x[]=1&x[]=2&x=3&__proto__[y]=1 HTTP/1.1\n"
                      "Content-Type: application/x-www-form-urlencoded\n\n"
                      "task_arguments[0]=a&task_arguments[2]=c&task_arguments[21]=z&o[k]=v&o=w&%E2%82%AC=%zz+1",
    "qs-merge.txt": "POST /job HTTP/1.1\nContent-Type: application/x-www-form-urlencoded; charset=utf-8\n\n"
                    "a[0]=x&a[k]=y&a=z&b[]=&b[1]=q&c[d]=1&c[d][e]=2&=novalue&novalue=",
    "json-scalar.txt": "POST /token HTTP/1.1\nContent-Type: application/json\n\n \"secret\" ",
    "json-broken.txt": "POST /task HTTP/1.1\nContent-Type: text/plain\n\n{\"a\":1,}",
    "json-vendor.txt": "POST /task HTTP/1.1\nContent-Type: application/vnd.api+json\n\n[1,{\"b\":null}]",
    "multipart-fields.txt": "POST /script HTTP/1.1\nContent-Type: multipart/form-data; boundary=\"b=1\"\n\n"
                            "preamble\r\n--b=1\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\none\r\n"
                            "--b=1\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\ntwo\r\n"
                            "--b=1 \r\ncontent-disposition: form-data; name*=UTF-8''%E2%82%AC; filename=\"x\\\"y\"\r\n\r\n"
                            "\x00\xff\r\n--b=1--\r\nepilogue",
    "multipart-unterminated.txt": "POST /script HTTP/1.1\nContent-Type: multipart/form-data; boundary=z\n\n"
                                  "--z\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno end",
}
for name, content in body_cases.items():
    write("body", name, content.encode("latin-1") if "\xff" in content else content)

for target in ("codec", "recipe", "arguments", "router", "body"):
    print(target, len(list((fuzz / "corpus" / target).iterdir())), "files")
