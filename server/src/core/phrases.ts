/**
 * The phrase lists the etiquette rules match, as data. Matching is
 * case-insensitive, treats ’ and ' alike and any run of spaces as one, and
 * needs whole words at both ends (see phraseSearch.ts). Users add literal
 * phrases through settings; nothing here is a regular expression.
 */

/** The lists one lint run uses (defaults merged with the user's). */
export interface PhraseBook {
  /** LinkedIn's default invitation text and its near-equivalents. */
  readonly canned: readonly string[];
  /** Canned only when they are the whole note ("Let's connect!"). */
  readonly cannedWhenAlone: readonly string[];
  /** Filler that would fit any recipient. */
  readonly generic: readonly string[];
  /** Asking to connect; filler only when no reason is given anywhere. */
  readonly connectAsk: readonly string[];
  /** Literal ways of saying how you know the person. */
  readonly context: readonly string[];
  /** Literal ways of saying why you want to connect. */
  readonly reason: readonly string[];
  /** Literal ways of proposing a next step. */
  readonly nextStep: readonly string[];
  /** Pitches and favours that don't belong in a first note. */
  readonly salesy: readonly string[];
  /** Long forms and the shorter text to use instead. */
  readonly wordy: readonly { readonly phrase: string; readonly replacement: string }[];
}

/** Extra phrases from settings; each list is added to the default one. */
export interface UserPhrases {
  readonly canned?: readonly string[];
  readonly generic?: readonly string[];
  readonly salesy?: readonly string[];
}

/** The built-in phrase lists. */
export const DEFAULT_PHRASES: PhraseBook = {
  canned: [
    "I'd like to add you to my professional network on LinkedIn",
    "I'd like to add you to my professional network",
    'I would like to add you to my professional network',
    "I'd like to add you to my network",
    'I would like to add you to my network',
    "I'd like to join your LinkedIn network",
    "I'd like to join your professional network",
    "I'd like to join your network",
    'I would like to join your network',
    'add you to my professional network',
    'join your LinkedIn network',
    'Please accept my invitation',
    'please accept my connection request',
    'please accept my request',
    'accept my invitation to connect',
  ],
  cannedWhenAlone: ["Let's connect", "Let's connect on LinkedIn", 'Connect with me', 'Please connect'],
  generic: [
    'I came across your profile',
    'I stumbled upon your profile',
    'I stumbled across your profile',
    'I was browsing your profile',
    'I found your profile',
    'came across your profile',
    'I saw your profile',
    'saw your profile',
    'viewed your profile',
    'your impressive profile',
    'your profile is impressive',
    'I hope this finds you well',
    'hope this finds you well',
    'I hope this message finds you well',
    'hope this message finds you well',
    'I hope you are doing well',
    "I hope you're doing well",
    'expand my network',
    'expand my professional network',
    'grow my network',
    'grow my professional network',
    'build my network',
    'broaden my network',
    'like-minded professionals',
    "I'm always looking to connect with",
    'I am always looking to connect with',
    'always happy to connect with',
  ],
  connectAsk: [
    "I'd love to connect",
    'I would love to connect',
    'would love to connect',
    "I'd like to connect",
    'I would like to connect',
    'it would be great to connect',
    "let's connect",
    "let's stay connected",
    'happy to connect',
    'hoping to connect',
    'wanted to connect',
    'looking forward to connecting',
  ],
  context: [
    'we met', 'met you', 'nice meeting you', 'great meeting you', 'enjoyed meeting', 'good to meet', 'great to meet',
    'we spoke', 'we talked', 'we chatted', 'enjoyed speaking', 'enjoyed talking', 'enjoyed chatting', 'our conversation',
    'your talk', 'your presentation', 'your keynote', 'your session', 'your panel', 'your post', 'your article', 'your podcast',
    'your newsletter', 'your book', 'your paper', 'your comment', 'saw you present', 'saw you speak', 'heard you speak',
    'introduced us', 'introduced me', 'suggested I reach out', 'suggested I connect', 'recommended I reach out', 'mutual friend',
    'mutual connection', 'we both know', 'we both', 'worked together', 'working together', 'work together', 'worked with you',
    'work with you', 'same team', 'same company', 'same school', 'fellow', 'alum', 'alumni', 'classmate', 'former colleague',
    'colleague', 'you work at', 'you lead', 'in the same group', 'member of', 'at the conference', 'at the meetup',
    'at the event', 'job fair', 'career fair', 'webinar', 'happy hour', 'mixer', 'loved your', 'enjoyed your', 'your recent',
    'your thread', 'your video', 'your interview', 'your episode', 'your write-up', 'your case study',
    'post about', 'post on', 'article on', 'article about', 'talk at', 'talk on', 'keynote', 'podcast', 'panel at',
    'panel on', 'workshop', 'hackathon', 'cohort', 'same class', 'same program', 'we overlapped', 'overlapped at',
    'comment on my', 'commented on my', 'my post', 'replied to my', 'referred me', 'pointed me to',
  ],
  reason: [
    'to exchange', 'advice', 'learn more', 'learn from', 'learning more', 'hear more', 'hear how', 'continue our conversation',
    'keep the conversation going', 'stay in touch', 'keep in touch', 'your work', 'admire', 'impressed', 'inspired',
    'interested in', 'insights', 'since we', 'because', 'would value', 'value your', 'pick your brain', 'compare notes',
    'roles at', 'opportunities', 'collaborate', 'your perspective', 'so we can', 'swap notes', 'your take', 'follow your work',
    'keep up with', 'questions about', 'curious about', 'learn about', 'learn how', 'hear about', 'your experience',
    'your journey', 'your insight', 'your thoughts', 'get to know', 'ask you about', 'exchange ideas', 'share ideas', 'trade ideas',
    'job search', 'roles in', 'opportunities at', 'would appreciate', 'stay connected', 'reconnect', 'catch up', 'hear what',
    'continue the conversation', 'ask you', 'could I ask', 'congrats', 'congratulations', 'compare notes', 'your advice',
  ],
  nextStep: [
    'coffee', 'a call', 'a chat', 'chat more', 'meet up', 'catch up', 'grab lunch', 'next week', 'next month', 'let me know',
    'would you be open', 'are you open', 'happy to share', 'see you at', 'talk soon', 'reply', 'send over', 'next time',
  ],
  salesy: [
    'our product', 'our products', 'our services', 'our service', 'our solution', 'our solutions', 'our platform', 'our software',
    'our agency', 'our offering', 'my services', 'my agency', 'my product',
    'book a demo', 'schedule a demo', 'a quick demo', 'free trial', 'free consultation', 'a discount', 'discount code',
    'special offer', 'limited time', 'our pricing', 'special pricing',
    'hop on a call', 'jump on a call', 'hop on a quick call', 'jump on a quick call', '15 minutes of your time', 'minutes of your time',
    'send you my resume', 'send you my CV', 'send my resume', 'look at my resume', 'take a look at my', 'refer me', 'a referral',
    'put in a good word', 'hire me', 'buy our', 'buy my', 'buy from us', 'buy from me', 'sales pitch', 'grow your revenue',
    'increase your sales', 'grow your business', 'lead generation', 'we help companies', 'we help businesses',
    'I help companies', 'I help businesses', 'your ROI',
  ],
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
  if (!user.canned?.length && !user.generic?.length && !user.salesy?.length) return DEFAULT_PHRASES;
  const clean = (list?: readonly string[]) => (list ?? []).map((s) => s.trim()).filter(Boolean);
  return {
    ...DEFAULT_PHRASES,
    canned: [...DEFAULT_PHRASES.canned, ...clean(user.canned)],
    generic: [...DEFAULT_PHRASES.generic, ...clean(user.generic)],
    salesy: [...DEFAULT_PHRASES.salesy, ...clean(user.salesy)],
  };
}
