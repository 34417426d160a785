import { expect } from '@open-wc/testing';
import { matchesWords, searchWords } from '../src/search.js';
import { normalizeForSearch, pickText } from '../src/text.js';

describe('pickText', () => {
  const text = { fr: 'Bonjour', en: 'Hello', 'pt-BR': 'Olá' };

  it('returns a plain string as it is, and nothing as empty', () => {
    expect(pickText('Salut', 'en')).to.equal('Salut');
    expect(pickText(undefined, 'fr')).to.equal('');
  });

  it('prefers the exact language, then its primary subtag, then French, then any', () => {
    expect(pickText(text, 'en')).to.equal('Hello');
    expect(pickText(text, 'EN')).to.equal('Hello');
    expect(pickText(text, 'en-GB')).to.equal('Hello');
    expect(pickText(text, 'pt-BR')).to.equal('Olá');
    expect(pickText(text, 'pt-PT')).to.equal('Olá');
    expect(pickText(text, 'de')).to.equal('Bonjour');
    expect(pickText({ 'fr-CA': 'Allo', en: 'Hi' }, 'de')).to.equal('Allo');
    expect(pickText({ es: 'Hola', it: 'Ciao' }, 'de')).to.equal('Hola');
    expect(pickText({}, 'fr')).to.equal('');
  });
});

describe('normalizeForSearch', () => {
  it('folds case, accents and French ligatures', () => {
    expect(normalizeForSearch('Éducation À l’ÉCOLE')).to.equal('education a l’ecole');
    expect(normalizeForSearch('Œuvre sociale, cæcum')).to.equal('oeuvre sociale, caecum');
    expect(normalizeForSearch('Ça se passe à Besançon')).to.equal('ca se passe a besancon');
  });
});

describe('free-text search', () => {
  it('needs every word, in any language of the texts, accents and case aside', () => {
    const texts = [{ fr: 'Éducation populaire', en: 'Community learning' }, 'Lyon', undefined];
    expect(matchesWords(searchWords('education LEARNING'), texts)).to.equal(true);
    expect(matchesWords(searchWords('  éducation   lyon '), texts)).to.equal(true);
    expect(matchesWords(searchWords('education paris'), texts)).to.equal(false);
    expect(matchesWords(searchWords(''), texts)).to.equal(true);
  });
});
