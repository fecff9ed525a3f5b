/**
 * Literal word lists, as data: wordy phrases and their replacements, the
 * words of greetings and sign-offs, and the phrases users add in settings.
 * Wordy phrases match case-insensitively, treat ’ and ' alike and any run
 * of spaces as one, with whole words at both ends (see phraseSearch.ts).
 * Nothing here is a regular expression.
 */

/**
 * The literal phrases one lint run uses: the user's extra canned, generic
 * and salesy phrases (read as move patterns, see reading/userSenses.ts) and
 * the wordy-phrase replacements. The judgment itself is not a phrase list:
 * it is the moves in reading/moves.ts.
 */
export interface PhraseBook {
  /** The user's extra phrases read as LinkedIn's stock text. */
  readonly canned: readonly string[];
  /** The user's extra filler phrases. */
  readonly generic: readonly string[];
  /** The user's extra pitches and favours. */
  readonly salesy: readonly string[];
  /** Long forms and the shorter text to use instead. */
  readonly wordy: readonly { readonly phrase: string; readonly replacement: string }[];
  /** The user's allowed phrases: what the phrase rules flag inside one of them is not reported (see allowedPhrases.ts). */
  readonly allow: readonly string[];
}

/** Extra phrases from settings; each list is added to the default one. */
export interface UserPhrases {
  readonly canned?: readonly string[];
  readonly generic?: readonly string[];
  readonly salesy?: readonly string[];
  /** Phrases that the phrase rules leave alone, built-in judgment included. */
  readonly allow?: readonly string[];
}

/** The built-in phrase lists: no extra phrases, and the wordy replacements. */
export const DEFAULT_PHRASES: PhraseBook = {
  canned: [],
  generic: [],
  salesy: [],
  allow: [],
  wordy: [
    { phrase: 'I would like to', replacement: "I'd like to" },
    { phrase: 'I would love to', replacement: "I'd love to" },
    { phrase: 'in order to', replacement: 'to' },
    { phrase: 'due to the fact that', replacement: 'because' },
    { phrase: 'at this point in time', replacement: 'now' },
    { phrase: 'in the near future', replacement: 'soon' },
    { phrase: 'for the purpose of', replacement: 'for' },
    { phrase: 'a number of', replacement: 'several' },
    { phrase: 'I am', replacement: "I'm" },
    { phrase: 'I have been', replacement: "I've been" },
    { phrase: 'it would be great if we could', replacement: "let's" },
    { phrase: 'I was wondering if', replacement: 'I wonder if' },
    { phrase: 'please do not hesitate to', replacement: 'feel free to' },
    { phrase: 'with regard to', replacement: 'about' },
    { phrase: 'in regards to', replacement: 'about' },
    { phrase: 'on a regular basis', replacement: 'regularly' },
  ],
};

/** Words that open a greeting ("Hi Mary,"), lower case. */
export const SALUTATIONS: readonly string[] = ['hi', 'hello', 'hey', 'hiya', 'howdy', 'dear', 'greetings', 'good morning', 'good afternoon', 'good evening'];

/** What follows a salutation when it names nobody ("Hi there,", "Dear Hiring Manager,"), lower case. */
export const NOBODY_NAMES: readonly string[] = [
  'there', 'all', 'everyone', 'everybody', 'friend', 'friends', 'team', 'folks', 'sir', 'madam', 'sir or madam', 'sir/madam',
  'hiring manager', 'recruiter', 'colleague', 'you',
];

/** Abbreviations whose period does not end a sentence ("Dr. Lee", "e.g. design"), lower case, final period left off. */
export const ABBREVIATIONS: readonly string[] = [
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'st', 'mt', 'sen', 'rep', 'gov', 'gen', 'capt', 'lt', 'col', 'sgt', 'rev', 'fr',
  'e.g', 'i.e', 'vs', 'cf', 'approx',
];

/**
 * Words that are written in lower case when their sentence follows a
 * comma greeting on the same line ("Hi Ana, we met …"), lower case. Any
 * other capitalised word (a name, "I") keeps its capital.
 */
export const LOWER_AFTER_GREETING: readonly string[] = [
  'we', "we're", "we've", "we'd", 'our', 'you', "you're", "you've", 'your', 'it', "it's", 'its', 'the', 'this', 'that',
  'these', 'those', 'my', 'thanks', 'thank', 'since', 'after', 'as', 'when', 'while', 'during', 'at', 'in', 'on', 'last',
  'great', 'nice', 'loved', 'enjoyed', 'congrats', 'congratulations', 'hope', 'saw', 'read', 'just', 'so', 'also', 'looking',
  'would', 'could', 'are', 'is', 'do', 'did', 'have', 'a', 'an', 'following', 'glad', 'happy', 'excited', 'good', "let's",
  'quick', 'welcome', 'what', 'how', 'once', 'both', 'fellow', 'reaching', 'hearing', 'seeing', 'reading', 'coffee',
  'lunch', 'any', 'hoping', 'curious', 'really', 'thought', 'noticed', 'wanted', 'please', 'can', 'may', 'will', 'there',
  'here', 'if', 'ever', 'every', 'one', 'two', 'quite', 'such', 'sorry', 'apologies', 'long', 'good', 'big',
];

/**
 * Words that can open a clause on their own, lower case: a filler phrase
 * joined to the rest by "and" or a comma is cut only when what follows
 * starts with one of these ("I came across your profile and I'd love …").
 */
export const CLAUSE_STARTS: readonly string[] = [
  'i', "i'd", "i'm", "i've", "i'll", 'we', "we're", "we've", "we'd", "we'll", 'you', "you're", "you've", "you'd", 'your',
  'our', 'my', 'it', "it's", 'this', 'that', 'they', "they're", 'he', "he's", 'she', "she's", "let's",
];

/** Words that say nothing once a filler phrase is gone ("… on LinkedIn too"), lower case. */
export const FILLER_WORDS: readonly string[] = [
  'and', 'but', 'so', 'also', 'just', 'really', 'then', 'i', 'here', 'too', 'on', 'linkedin', 'with', 'you', 'now', 'today',
  'thus', 'therefore', 'hence', 'please', 'as', 'well', 'again', 'very', 'much', 'thanks', 'thank',
];

/** The default book with the user's literal phrases added. */
export function phraseBook(user: UserPhrases = {}): PhraseBook {
  if (!user.canned?.length && !user.generic?.length && !user.salesy?.length && !user.allow?.length) return DEFAULT_PHRASES;
  const clean = (list?: readonly string[]) => (list ?? []).map((s) => s.trim()).filter(Boolean);
  return {
    ...DEFAULT_PHRASES,
    canned: [...DEFAULT_PHRASES.canned, ...clean(user.canned)],
    generic: [...DEFAULT_PHRASES.generic, ...clean(user.generic)],
    salesy: [...DEFAULT_PHRASES.salesy, ...clean(user.salesy)],
    allow: clean(user.allow),
  };
}
