import { describe, expect, it } from 'vitest';
import { CURRENT_MODELS, DEFAULT_MODEL } from '../../src/domain/deepseek-facts.ts';
import { pickModel } from '../../src/domain/snippets/pick-model.ts';

describe('pickModel', () => {
  it('names the dated default when no key was tested', () => {
    expect(pickModel(null)).toEqual({ model: DEFAULT_MODEL, fromKey: false });
    expect(pickModel([])).toEqual({ model: DEFAULT_MODEL, fromKey: false });
    expect(pickModel(['', ' '])).toEqual({ model: DEFAULT_MODEL, fromKey: false });
  });

  it('keeps the default when the key lists it, wherever it is in the list', () => {
    expect(pickModel(['deepseek-v4-pro', DEFAULT_MODEL])).toEqual({
      model: DEFAULT_MODEL,
      fromKey: true,
    });
  });

  it('takes another current id the key lists when the default is missing', () => {
    expect(pickModel(['deepseek-v4-flash', CURRENT_MODELS[1]])).toEqual({
      model: CURRENT_MODELS[1],
      fromKey: true,
    });
  });

  it('takes a new id the key lists over a legacy or retired one', () => {
    expect(pickModel(['deepseek-chat', 'deepseek-v4-flash', 'deepseek-v5'])).toEqual({
      model: 'deepseek-v5',
      fromKey: true,
    });
  });

  it('falls back to what the key lists, even if outdated, rather than an id it does not have', () => {
    expect(pickModel(['deepseek-v4-flash'])).toEqual({ model: 'deepseek-v4-flash', fromKey: true });
  });

  it('never writes an id that could break out of a string in the snippets', () => {
    expect(pickModel(["deepseek-x'; rm -rf ~", 'a"b', 'two words', 'new\nline', '$(id)'])).toEqual({
      model: DEFAULT_MODEL,
      fromKey: false,
    });
    expect(pickModel(['deepseek-x"', 'deepseek-v5.1'])).toEqual({
      model: 'deepseek-v5.1',
      fromKey: true,
    });
  });
});
