"""Stand-in for litellm.completion and its exceptions: the parts the snippets use. See ../README.md."""

import os

import openai

__all__ = ["completion", "AuthenticationError", "BadRequestError"]


class AuthenticationError(openai.AuthenticationError):
    pass


class BadRequestError(openai.BadRequestError):
    pass


# provider prefix → (key variable, base variable, default base), as LiteLLM routes them.
_PROVIDERS = {
    "deepseek": ("DEEPSEEK_API_KEY", "DEEPSEEK_API_BASE", "https://api.deepseek.com/beta"),
    "openai": ("OPENAI_API_KEY", "OPENAI_BASE_URL", "https://api.openai.com/v1"),
}
_NAMES = {"deepseek": "DeepseekException", "openai": "OpenAIException"}


def completion(*, model, messages, api_key=None, api_base=None, **kwargs):
    provider, _, name = model.partition("/")
    if provider not in _PROVIDERS or not name:
        raise BadRequestError(
            f"litellm.BadRequestError: LLM Provider NOT provided. You passed model={model}",
            status_code=400,
            body=None,
        )
    key_var, base_var, default_base = _PROVIDERS[provider]
    api_key = api_key or os.environ.get(key_var)
    api_base = api_base or os.environ.get(base_var) or default_base
    if not api_key:
        raise AuthenticationError(
            f"litellm.AuthenticationError: Missing {key_var}", status_code=401, body=None
        )
    try:
        payload = {"model": name, "messages": messages}
        return openai._namespace(openai.request(api_base, api_key, "POST", "/chat/completions", payload))
    except openai.AuthenticationError as error:
        raise AuthenticationError(
            f"litellm.AuthenticationError: {_NAMES[provider]} - {error.body}",
            status_code=401,
            body=error.body,
        ) from None
