#!/usr/bin/env python3
"""Fills a Qt Linguist .ts file from a glossary of source → translation lines.

    fill_ts.py --glossary tools/es.glossary theeye_es.ts
    fill_ts.py --plurals-only --glossary tools/en.glossary theeye_en.ts

The glossary holds one JSON value per line ('#' starts a comment line):

    ["&Run…", "&Ejecutar…"]                          any context, any disambiguation
    ["Name", "environment variable", "Nombre"]       only messages with that disambiguation
    ["%n task(s)", ["%n tarea", "%n tareas"]]        plural forms, in the language's order
    {"context": "Models", "source": "Unknown", "comment": "job state", "translation": "…"}

The most specific entry wins: context + source + disambiguation, then source + disambiguation,
then the source alone. Every message found gets its translation and loses type="unfinished";
obsolete and vanished messages are dropped. The rest of the file is kept byte for byte as lupdate
wrote it, so lupdate followed by this script gives the same file every time.

Exit status 1 when a message has no glossary entry (they are printed as glossary lines to fill
in) or when an entry loses or invents a %1..%99, %n or & of its source.
"""

import argparse
import html
import json
import re
import sys
from pathlib import Path

MESSAGE_RE = re.compile(r"( *)<message( numerus=\"yes\")?>\n(.*?)\n *</message>\n", re.S)
CONTEXT_RE = re.compile(r"<context>\n *<name>(.*?)</name>\n(.*?)</context>\n", re.S)
SOURCE_RE = re.compile(r"<source>(.*?)</source>", re.S)
COMMENT_RE = re.compile(r"<comment>(.*?)</comment>", re.S)
TRANSLATION_RE = re.compile(r"( *)<translation[^>]*?(?:/>|>.*?</translation>)", re.S)
PLACEHOLDER_RE = re.compile(r"%(?:L?\d{1,2}|n)")


def protect(text):
    """Escapes text the way lupdate does (TSWriter's protect())."""
    out = []
    for ch in text:
        if ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == '"':
            out.append("&quot;")
        elif ch == "'":
            out.append("&apos;")
        elif ord(ch) < 0x20 and ch not in "\n\r\t":
            out.append("&#x%x;" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


def placeholders(text):
    return sorted(set(PLACEHOLDER_RE.findall(text)))


def accelerators(text):
    # "&&" is a literal ampersand, not an accelerator.
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def load_glossary(path):
    entries = {}
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        try:
            value = json.loads(stripped)
        except json.JSONDecodeError as error:
            sys.exit(f"{path}:{number}: not a JSON line: {error}")
        if isinstance(value, dict):
            key = (value.get("context"), value["source"], value.get("comment"))
            translation = value["translation"]
        elif isinstance(value, list) and len(value) == 2:
            key = (None, value[0], None)
            translation = value[1]
        elif isinstance(value, list) and len(value) == 3:
            key = (None, value[0], value[1])
            translation = value[2]
        else:
            sys.exit(f"{path}:{number}: expected [source, translation], "
                     f"[source, comment, translation] or an object")
        if key in entries and entries[key][0] != translation:
            sys.exit(f"{path}:{number}: {key[1]!r} already has another translation")
        entries[key] = (translation, number)
    return entries


def lookup(entries, context, source, comment):
    for key in ((context, source, comment), (None, source, comment), (None, source, None)):
        if key in entries:
            return key
    return None


def check(source, translation, numerus, where):
    forms = translation if isinstance(translation, list) else [translation]
    problems = []
    if numerus != isinstance(translation, list):
        problems.append("plural message needs a list of forms" if numerus
                        else "a list of forms for a message without %n")
    for form in forms:
        if not form:
            problems.append("empty translation")
            continue
        expected = placeholders(source)
        if numerus and "%n" not in form:
            # A singular form may spell the number out ("one task"), but %1.. must stay.
            expected = [p for p in expected if p != "%n"]
            actual = [p for p in placeholders(form) if p != "%n"]
        else:
            actual = placeholders(form)
        if expected != actual:
            problems.append(f"placeholders {actual} in {form!r}, source has {expected}")
        if accelerators(source) != accelerators(form):
            problems.append(f"accelerator count differs in {form!r}")
    return [f"{where}: {p}" for p in problems]


def render_translation(indent, translation):
    if isinstance(translation, list):
        forms = "".join(f"{indent}    <numerusform>{protect(f)}</numerusform>\n" for f in translation)
        return f"{indent}<translation>\n{forms}{indent}</translation>"
    return f"{indent}<translation>{protect(translation)}</translation>"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--glossary", required=True)
    parser.add_argument("--plurals-only", action="store_true",
                        help="keep only plural messages (the English catalogue)")
    parser.add_argument("ts")
    args = parser.parse_args()

    entries = load_glossary(args.glossary)
    used = set()
    missing = []
    problems = []
    ts_path = Path(args.ts)
    text = ts_path.read_text(encoding="utf-8")

    def fill_message(context, match):
        indent, numerus_attr, body = match.group(1), match.group(2), match.group(3)
        numerus = bool(numerus_attr)
        if args.plurals_only and not numerus:
            return ""
        translation_match = TRANSLATION_RE.search(body)
        if translation_match and re.search(r'type="(?:obsolete|vanished)"',
                                           translation_match.group(0)):
            return ""
        source = html.unescape(SOURCE_RE.search(body).group(1))
        comment_match = COMMENT_RE.search(body)
        comment = html.unescape(comment_match.group(1)) if comment_match else None
        key = lookup(entries, context, source, comment)
        if key is None:
            missing.append((context, source, comment, numerus))
            return match.group(0)
        used.add(key)
        translation, line = entries[key]
        problems.extend(check(source, translation, numerus, f"{args.glossary}:{line}"))
        rendered = render_translation(translation_match.group(1), translation)
        body = body[:translation_match.start()] + rendered + body[translation_match.end():]
        return f"{indent}<message{numerus_attr or ''}>\n{body}\n{indent}</message>\n"

    def fill_context(match):
        context = html.unescape(match.group(1))
        messages = MESSAGE_RE.sub(lambda m: fill_message(context, m), match.group(2))
        if "<message" not in messages:
            return ""
        return match.group(0).replace(match.group(2), messages, 1)

    filled = CONTEXT_RE.sub(fill_context, text)
    if filled != text:
        ts_path.write_text(filled, encoding="utf-8")

    for problem in problems:
        print(problem, file=sys.stderr)
    if missing:
        print(f"{ts_path.name}: {len(missing)} message(s) not in {args.glossary}; "
              "add these lines there with the translation and run update_translations again:",
              file=sys.stderr)
        for context, source, comment, numerus in missing:
            blank = ["", ""] if numerus else ""
            line = [source, comment, blank] if comment else [source, blank]
            print(f"# {context}\n{json.dumps(line, ensure_ascii=False)}", file=sys.stderr)
    unused = len(set(entries) - used)
    if unused:
        print(f"{ts_path.name}: {unused} glossary entries matched no message (kept for reuse)")
    return 1 if missing or problems else 0


if __name__ == "__main__":
    sys.exit(main())
