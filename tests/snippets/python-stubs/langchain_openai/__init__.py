"""Stand-in for langchain-openai's ChatOpenAI: the parts the snippets use. See ../README.md."""

import os
from types import SimpleNamespace

import openai

__all__ = ["ChatOpenAI"]


class ChatOpenAI:
    def __init__(self, *, model, api_key=None, base_url=None, **kwargs):
        # As the real class: OPENAI_API_KEY, and OPENAI_API_BASE or OPENAI_BASE_URL, by default.
        if api_key is None:
            api_key = os.environ.get("OPENAI_API_KEY")
        if base_url is None:
            base_url = os.environ.get("OPENAI_API_BASE") or os.environ.get("OPENAI_BASE_URL")
        self.model_name = model
        self.root_client = openai.OpenAI(api_key=api_key, base_url=base_url)

    def invoke(self, text):
        response = self.root_client.chat.completions.create(
            model=self.model_name, messages=[{"role": "user", "content": text}]
        )
        return SimpleNamespace(content=response.choices[0].message.content)
