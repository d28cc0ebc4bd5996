"""Stand-in for python-dotenv's load_dotenv. See ../README.md."""

import os

__all__ = ["load_dotenv"]


def load_dotenv(dotenv_path=".env", override=False):
    """KEY=value lines into os.environ; quotes around a value dropped; set variables win."""
    try:
        with open(dotenv_path, encoding="utf-8") as file:
            lines = file.read().splitlines()
    except FileNotFoundError:
        return False
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        name, _, value = line.removeprefix("export ").partition("=")
        name, value = name.strip(), value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        if override or name not in os.environ:
            os.environ[name] = value
    return True
