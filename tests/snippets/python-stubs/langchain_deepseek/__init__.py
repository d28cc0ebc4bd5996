"""Stand-in for langchain-deepseek's ChatDeepSeek: the parts the snippets use. See ../README.md."""

import os

from langchain_openai import ChatOpenAI

__all__ = ["ChatDeepSeek"]


class ChatDeepSeek(ChatOpenAI):
    def __init__(self, *, model, api_key=None, api_base=None, **kwargs):
        # As the real class: DEEPSEEK_API_KEY, and DEEPSEEK_API_BASE or DeepSeek's /v1 URL.
        super().__init__(
            model=model,
            api_key=api_key or os.environ.get("DEEPSEEK_API_KEY"),
            base_url=api_base
            or os.environ.get("DEEPSEEK_API_BASE", "https://api.deepseek.com/v1"),
        )
