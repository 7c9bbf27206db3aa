"""Regenerates mutations.jsonl: random mutations of the ODCS examples, each with the verdict of the reference
JSON Schema implementation (python-jsonschema, Draft201909Validator) against odcs-json-schema-v3.1.0.json.

Usage: python3 generate.py <path to odcs-json-schema-v3.1.0.json>
Run from this folder; it reads the examples in the parent folder. Deterministic (fixed seed).
"""
import copy, glob, json, os, random, sys

import yaml
from jsonschema import Draft201909Validator

random.seed(20251208)
schema = json.load(open(sys.argv[1]))
validator = Draft201909Validator(schema)


class Yaml12Loader(yaml.SafeLoader):
    """Keeps unquoted dates as strings, as YAML 1.2 (and the product's reader) does."""


Yaml12Loader.yaml_implicit_resolvers = {
    k: [r for r in v if r[0] != "tag:yaml.org,2002:timestamp"] for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

examples = sorted(glob.glob(os.path.join("..", "**", "*.odcs.yaml"), recursive=True))
documents = [yaml.load(open(f), Loader=Yaml12Loader) for f in examples if "adventureworks" not in f]

POOL = ["kafka", "custom", "sql", "library", "text", "string", "integer", "number", "object", "array", "date", "timestamp",
        "boolean", "cel", "nullValues", "rowCount", "x y", 1, 0, -1, 1.5, True, None, [], {}, {"a": 1}, ["a"]]
KEYS = ["zzz", "query", "engine", "implementation", "metric", "mustBe", "mustBeBetween", "items", "properties",
        "logicalTypeOptions", "host", "format", "minimum", "pattern", "required", "name", "type", "unit", "value"]


def paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from paths(value, prefix + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from paths(value, prefix + (index,))


def get(node, path):
    for step in path:
        node = node[step]
    return node


with open("mutations.jsonl", "w") as out:
    for _ in range(240):
        document = copy.deepcopy(random.choice(documents))
        for _ in range(random.choice([1, 1, 2])):
            path = random.choice(list(paths(document)))
            target = get(document, path)
            roll = random.random()
            if path and roll < 0.3:
                del get(document, path[:-1])[path[-1]]
            elif isinstance(target, dict) and roll < 0.65:
                target[random.choice(KEYS)] = copy.deepcopy(random.choice(POOL))
            elif path:
                get(document, path[:-1])[path[-1]] = copy.deepcopy(random.choice(POOL))
        out.write(json.dumps({"valid": validator.is_valid(document), "document": document}, separators=(",", ":")) + "\n")
