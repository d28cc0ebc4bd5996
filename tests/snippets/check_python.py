"""Reads a Python snippet's syntax tree and reports how it builds its DeepSeek clients.

Usage: python3 check_python.py FILE. Prints JSON: every OpenAI(...), ChatOpenAI(...),
litellm.completion(...), .with_options(...) and .chat.completions.create(...) call with where its
key comes from, its base URL and its model, and every environment variable the code reads.
"""

import ast
import json
import sys

CLIENTS = {"OpenAI", "ChatOpenAI"}


def env_name(node):
    """The variable read by os.environ[...], os.environ.get(...) or os.getenv(...), else None."""
    if isinstance(node, ast.Subscript):
        base = node.value
        if isinstance(base, ast.Attribute) and base.attr == "environ":
            if isinstance(node.slice, ast.Constant):
                return node.slice.value
    if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
        func = node.func
        if isinstance(func, ast.Attribute):
            if func.attr == "get" and isinstance(func.value, ast.Attribute):
                if func.value.attr == "environ":
                    return node.args[0].value
            if func.attr == "getenv":
                return node.args[0].value
    return None


class Snippet:
    def __init__(self, tree):
        self.assigned = {}
        self.params = set()
        self.env_reads = []
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        self.assigned[target.id] = node.value
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                self.params.update(arg.arg for arg in node.args.args + node.args.kwonlyargs)
            name = env_name(node)
            if name is not None:
                self.env_reads.append(name)

    def source(self, node, seen=()):
        """Where a value comes from: env:<NAME>, param, literal, call, or other."""
        if node is None:
            return "missing"
        name = env_name(node)
        if name is not None:
            return f"env:{name}"
        if isinstance(node, ast.Constant):
            return "literal" if node.value is not None else "none"
        if isinstance(node, ast.BoolOp):
            sources = [self.source(value, seen) for value in node.values]
            return next((s for s in sources if s.startswith("env:")), sources[0])
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            # key.strip(), os.environ.get(...).strip().strip(...): the source of the receiver.
            if node.func.attr in {"strip", "lstrip", "rstrip"}:
                return self.source(node.func.value, seen)
        if isinstance(node, ast.Name):
            if node.id in self.assigned and node.id not in seen:
                return self.source(self.assigned[node.id], (*seen, node.id))
            if node.id in self.params:
                return "param"
        if isinstance(node, ast.Call):
            return "call"
        return "other"

    def constant(self, node, seen=()):
        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, ast.Name) and node.id in self.assigned and node.id not in seen:
            return self.constant(self.assigned[node.id], (*seen, node.id))
        return None


def call_name(func):
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        inner = call_name(func.value)
        return f"{inner}.{func.attr}" if inner else func.attr
    return None


def main(path):
    with open(path, encoding="utf-8") as file:
        tree = ast.parse(file.read(), path)
    snippet = Snippet(tree)
    calls = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = call_name(node.func) or ""
        short = name.rsplit(".", 1)[-1]
        if not (
            short in CLIENTS
            or name == "litellm.completion"
            or short == "with_options"
            or name.endswith("chat.completions.create")
        ):
            continue
        kwargs = {k.arg: k.value for k in node.keywords if k.arg}
        key = kwargs.get("api_key")
        base = kwargs.get("base_url", kwargs.get("api_base"))
        calls.append(
            {
                "call": name,
                "line": node.lineno,
                "api_key": snippet.source(key),
                "base_url": snippet.constant(base) if base is not None else None,
                "model": snippet.constant(kwargs["model"]) if "model" in kwargs else None,
            }
        )
    calls.sort(key=lambda call: call["line"])
    print(json.dumps({"calls": calls, "env_reads": sorted(set(snippet.env_reads))}))


if __name__ == "__main__":
    main(sys.argv[1])
