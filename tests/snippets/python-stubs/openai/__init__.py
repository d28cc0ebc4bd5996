"""Stand-in for the openai package (2.x): the parts the snippets use. See ../README.md."""

import json
import os
import urllib.error
import urllib.parse
import urllib.request
from types import SimpleNamespace

__all__ = ["OpenAI", "OpenAIError", "APIError", "APIStatusError", "AuthenticationError"]


class OpenAIError(Exception):
    pass


class APIError(OpenAIError):
    pass


class APIConnectionError(APIError):
    def __init__(self, message="Connection error."):
        super().__init__(message)


class APIStatusError(APIError):
    def __init__(self, message, *, status_code, body):
        super().__init__(message)
        self.status_code = status_code
        self.body = body


class AuthenticationError(APIStatusError):
    pass


class BadRequestError(APIStatusError):
    pass


class NotFoundError(APIStatusError):
    pass


_BY_STATUS = {400: BadRequestError, 401: AuthenticationError, 404: NotFoundError}


def _namespace(value):
    if isinstance(value, dict):
        return SimpleNamespace(**{k: _namespace(v) for k, v in value.items()})
    if isinstance(value, list):
        return [_namespace(v) for v in value]
    return value


def request(base_url, api_key, method, path, payload=None):
    """One HTTP call; only to 127.0.0.1. Raises the SDK's error for an error status."""
    url = str(base_url).rstrip("/") + path
    host = urllib.parse.urlsplit(url).hostname
    if host != "127.0.0.1":
        raise APIConnectionError(f"Connection error: the test stops a request to {host}.")
    data = None if payload is None else json.dumps(payload).encode()
    req = urllib.request.Request(url, data=data, method=method)
    req.add_header("Authorization", f"Bearer {api_key}")
    if data is not None:
        req.add_header("Content-Type", "application/json")
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(req, timeout=10) as response:
            return json.load(response)
    except urllib.error.HTTPError as error:
        text = error.read().decode()
        try:
            body = json.loads(text)
        except ValueError:
            body = text
        cls = _BY_STATUS.get(error.code, APIStatusError)
        raise cls(f"Error code: {error.code} - {body}", status_code=error.code, body=body) from None


class _Completions:
    def __init__(self, client):
        self._client = client

    def create(self, *, model, messages, **kwargs):
        payload = {"model": model, "messages": messages, **kwargs}
        return _namespace(self._client._call("POST", "/chat/completions", payload))


class _Models:
    def __init__(self, client):
        self._client = client

    def list(self):
        return _namespace(self._client._call("GET", "/models"))


class OpenAI:
    def __init__(self, *, api_key=None, base_url=None, **kwargs):
        # As the real client: OPENAI_API_KEY when api_key is None; an empty string is kept.
        if api_key is None:
            api_key = os.environ.get("OPENAI_API_KEY")
        if api_key is None:
            raise OpenAIError(
                "The api_key client option must be set either by passing api_key to the client "
                "or by setting the OPENAI_API_KEY environment variable"
            )
        if base_url is None:
            base_url = os.environ.get("OPENAI_BASE_URL") or "https://api.openai.com/v1"
        self.api_key = api_key
        self.base_url = base_url
        self.chat = SimpleNamespace(completions=_Completions(self))
        self.models = _Models(self)

    def with_options(self, *, api_key=None, base_url=None, **kwargs):
        return OpenAI(
            api_key=self.api_key if api_key is None else api_key,
            base_url=self.base_url if base_url is None else base_url,
        )

    def _call(self, method, path, payload=None):
        return request(self.base_url, self.api_key, method, path, payload)
