#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Every public function that takes arguments checks them.

Lists the functions, methods and constructors in the GIR
(build/libmutual/Mutual-1.0.gir), finds each one's definition in
libmutual/**/*.c and fails if its body has no g_return_if_fail,
g_return_val_if_fail or g_return_*_if_reached. Functions without
parameters, or whose every parameter may be NULL, are exempt.

With --misuse-test FILE --layers core,model,io it also fails if a checked
function of those layers is never called in FILE (the expected-critical
tests, tests/c/misuse.c); --misuse-test may be given more than once, a
function called in any of the files counts.

  tools/check-return-if-fail.py GIR SOURCE-ROOT [--misuse-test FILE... --layers L,L]
"""
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

NS = {"core": "http://www.gtk.org/introspection/core/1.0",
      "c": "http://www.gtk.org/introspection/c/1.0"}
C_ID = "{http://www.gtk.org/introspection/c/1.0}identifier"


def public_functions(gir):
    tree = ET.parse(gir)
    for tag in ("function", "method", "constructor"):
        for element in tree.iter("{%s}%s" % (NS["core"], tag)):
            name = element.get(C_ID)
            params = element.find("core:parameters", NS)
            params = list(params) if params is not None else []
            # a function whose every argument may be NULL (a free function)
            # has nothing to check
            checkable = [p for p in params if p.get("nullable") != "1" and p.get("allow-none") != "1"]
            yield name, len(checkable) > 0


def bodies(root):
    """Maps each function name defined in the library to its body."""
    found = {}
    for path in sorted(pathlib.Path(root, "libmutual").rglob("*.c")):
        text = path.read_text()
        # GNU style: return type on its own line, then "name (" at column 0
        for match in re.finditer(r"^([a-z_][a-z0-9_]*) \(", text, re.M):
            start = text.find("\n{", match.end())
            end = text.find("\n}", start)
            if start < 0 or end < 0:
                continue
            # a prototype ends with ';' before its '{'
            if ";" in text[match.end():start]:
                continue
            found[match.group(1)] = (path, text[start:end])
    return found


def main():
    import argparse
    parser = argparse.ArgumentParser()
    parser.add_argument("gir")
    parser.add_argument("root")
    parser.add_argument("--misuse-test", action="append")
    parser.add_argument("--layers", default="")
    args = parser.parse_args()
    gir, root = args.gir, args.root
    layers = [layer for layer in args.layers.split(",") if layer]
    misuse = "\n".join(pathlib.Path(f).read_text() for f in args.misuse_test) if args.misuse_test else None
    untested = []
    defined = bodies(root)
    missing, undefined, checked, seen = [], [], 0, set()
    for name, has_params in public_functions(gir):
        if name in seen:
            continue
        seen.add(name)
        if not has_params or name.endswith("_get_type") or name.endswith("_error_quark"):
            continue
        if name not in defined:
            undefined.append(name)
            continue
        path, body = defined[name]
        checked += 1
        relative = pathlib.Path(path).relative_to(root)
        if not re.search(r"\bg_return_(val_)?if_(fail|reached)\b", body):
            missing.append("%s (%s)" % (name, relative))
        if misuse is not None and relative.parts[1] in layers and not re.search(r"\b%s \(" % name, misuse):
            untested.append("%s (%s)" % (name, relative))
    print("%d public functions with arguments checked" % checked)
    # defined through a macro (GETTER (…)): not checked here
    for name in undefined:
        print("note: no plain definition found (a macro?): %s" % name)
    for name in missing:
        print("no g_return_*_if_fail: %s" % name)
    for name in untested:
        print("no expected-critical test in %s: %s" % (" or ".join(args.misuse_test), name))
    return 1 if missing or untested else 0


if __name__ == "__main__":
    sys.exit(main())
