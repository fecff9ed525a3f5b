/**
 * Small classes of words the move patterns refer to as `@name`. A class
 * holds lemmas (dictionary forms, lower case): "met", "meeting" and "meets"
 * are all `meet`. A slot belongs to a class when one of its words does.
 */

export const WORD_CLASSES = {
  /** The sender, in the first person. */
  first: ['i', 'we', 'me', 'my', 'our', 'us', 'myself'],
  /** The recipient. */
  you: ['you', 'your', 'yours', 'yourself'],
  /** Verbs of meeting or talking with someone. */
  meet: ['meet', 'speak', 'chat', 'talk', 'connect', 'see', 'run'],
  /** What two people had together. */
  encounter: ['conversation', 'chat', 'call', 'discussion', 'meeting', 'coffee', 'lunch', 'exchange', 'talk', 'session', 'dinner'],
  /** Things a person publishes or presents. */
  content: [
    'post', 'article', 'talk', 'presentation', 'keynote', 'session', 'panel', 'webinar', 'podcast', 'episode', 'newsletter', 'book',
    'paper', 'video', 'thread', 'comment', 'interview', 'write-up', 'writeup', 'piece', 'blog', 'insight', 'point', 'tweet',
    'slide', 'answer', 'reply', 'research', 'study', 'essay', 'launch', 'announcement', 'course', 'workshop', 'project', 'repo',
    'demo', 'speech', 'lecture', 'ama', 'story', 'update', 'contribution', 'thesis', 'review', 'analysis', 'breakdown', 'guide',
    'tutorial', 'content', 'writing', 'view', 'take', 'observation', 'report', 'case', 'comments', 'posts', 'insights', 'views',
    'write', 'library', 'package', 'plugin', 'framework', 'extension', 'crate', 'module', 'dataset', 'sdk', 'app', 'tool', 'theme',
    'font', 'docs', 'documentation', 'map', 'game', 'recipe', 'model', 'pipeline', 'codebase', 'dashboard', 'notebook', 'issue',
    'workaround', 'fix', 'patch', 'pr', 'gist', 'snippet', 'op', 'column', 'editorial', 'poster', 'feature', 'tip', 'explanation',
  ],
  /** Gatherings. */
  event: [
    'conference', 'event', 'meetup', 'summit', 'fair', 'webinar', 'workshop', 'hackathon', 'mixer', 'hour', 'session', 'panel', 'booth',
    'dinner', 'party', 'forum', 'expo', 'show', 'convention', 'offsite', 'meeting', 'talk', 'keynote', 'breakfast', 'lunch',
    'gathering', 'retreat', 'festival', 'camp', 'day', 'night', 'reception', 'launch', 'demo', 'standup', 'stand-up', 'tour',
    'week', 'award', 'awards', 'competition', 'contest', 'final', 'finals', 'prize', 'tournament', 'race', 'marathon', 'cup', 'olympiad', 'jam',
    'signing', 'screening', 'premiere', 'exhibition', 'auction', 'class', 'seminar', 'symposium', 'colloquium', 'roundtable',
  ],
  /** Groups two people can both belong to. */
  group: [
    'alum', 'alumnus', 'alumni', 'alumna', 'alumnae', 'member', 'classmate', 'colleague', 'teammate', 'coworker', 'co-worker',
    'cohort', 'group', 'community', 'school', 'university', 'college', 'program', 'programme', 'club', 'chapter', 'slack', 'discord',
    'society', 'association', 'graduate', 'grad', 'student', 'attendee', 'speaker', 'volunteer', 'mentor', 'mentee', 'fellow',
    'bootcamp', 'class', 'team', 'board', 'batch', 'circle', 'guild', 'council', 'league', 'choir', 'band', 'squad', 'crew', 'neighbour',
    'neighbor', 'orchestra', 'ensemble', 'troupe', 'congregation', 'parish', 'dorm', 'halls', 'street', 'neighbourhood',
    'neighborhood', 'village', 'estate', 'gym', 'course', 'ward', 'jury', 'panel',
  ],
  /** What a person someone both know does for the two of you. */
  introduce: ['suggest', 'mention', 'recommend', 'introduce', 'refer', 'point', 'tell', 'say', 'share', 'speak', 'rave'],
  /** Things a person is doing that a note can name ("saw you're hiring"). */
  doing: [
    'hire', 'scale', 'speak', 'attend', 'launch', 'expand', 'grow', 'lead', 'organize', 'organise', 'host', 'join', 'move', 'build',
    'present', 'open', 'raise', 'start', 'relocate', 'recruit', 'ship', 'release', 'publish', 'win', 'run', 'teach', 'head', 'celebrate',
    'involve', 'volunteer', 'mentor', 'write', 'plan', 'train', 'restructure', 'rebuild', 'pivot', 'transition', 'migrate', 'adopt',
    'roll', 'kick', 'sponsor', 'exhibit', 'judge', 'research', 'study', 'develop', 'redesign', 'explore', 'involved', 'speaking',
    'attending', 'hiring', 'building',
  ],
  /** Verbs of finding out or learning. */
  learn: ['learn', 'hear', 'understand', 'discover', 'find'],
  /** What two people can trade. */
  ideas: [
    'idea', 'note', 'insight', 'thought', 'perspective', 'experience', 'advice', 'tip', 'lesson', 'view', 'story', 'approach', 'take',
    'opinion', 'practice', 'learning', 'strategy', 'resource', 'war', 'playbook', 'feedback', 'observation', 'knowledge',
  ],
  /** Trading them. */
  exchange: ['exchange', 'swap', 'compare', 'trade', 'share', 'bounce', 'discuss'],
  /** Words of liking or admiring. */
  appraisal: [
    'love', 'enjoy', 'like', 'appreciate', 'admire', 'resonate', 'impress', 'inspire', 'value', 'valuable', 'helpful', 'insightful',
    'great', 'fantastic', 'brilliant', 'interesting', 'compelling', 'useful', 'thoughtful', 'fascinating', 'highlight', 'excellent',
    'superb', 'awesome', 'amazing', 'incredible', 'impressive', 'inspiring', 'spot-on', 'spot', 'eye-opening', 'stick', 'strike',
    'catch', 'enlightening', 'informative', 'clever', 'smart', 'refreshing', 'memorable', 'practical', 'clear', 'honest', 'solid',
    'wonderful', 'terrific', 'stellar', 'outstanding', 'powerful', 'thank', 'thanks', 'agree', 'nail', 'grateful', 'remarkable',
    'change', 'shape', 'influence', 'save', 'transform', 'solve', 'unblock', 'clarify', 'fix', 'convince', 'favourite', 'favorite',
  ],
  /** Things a person has that praise can name without naming anything specific. */
  vagueThing: [
    'work', 'profile', 'experience', 'background', 'career', 'company', 'achievement', 'accomplishment', 'success', 'growth',
    'journey', 'expertise', 'skill', 'resume', 'portfolio', 'page', 'track', 'record', 'leadership', 'contribution', 'passion',
  ],
  /**
   * Nouns after "your" that name nothing they made or did: what any profile
   * shows, what a stranger asks for, and what a seller offers to fix
   * ("your background", "your time", "your pipeline").
   */
  aboutAnyone: [
    'work', 'profile', 'experience', 'background', 'career', 'company', 'achievement', 'accomplishment', 'success', 'growth',
    'journey', 'expertise', 'skill', 'skillset', 'resume', 'cv', 'portfolio', 'page', 'track', 'record', 'leadership', 'passion',
    'time', 'day', 'week', 'inbox', 'help', 'support', 'attention', 'consideration', 'network', 'connection', 'invitation',
    'invite', 'message', 'linkedin', 'industry', 'field', 'area', 'space', 'sector', 'role', 'position', 'title', 'job', 'team',
    'business', 'organization', 'organisation', 'firm', 'goal', 'need', 'challenge', 'advice', 'thought', 'perspective',
    'knowledge', 'opinion', 'feedback', 'input', 'brain', 'way', 'schedule', 'calendar', 'level', 'interest', 'qualification',
    'credential', 'education', 'degree', 'bio', 'headline', 'summary', 'photo', 'picture', 'name', 'location', 'city', 'region',
    'country', 'energy', 'dedication', 'commitment', 'vision', 'value', 'mindset', 'style', 'path', 'trajectory', 'progress',
    'impact', 'reputation', 'presence', 'brand', 'revenue', 'sale', 'sales', 'pipeline', 'cost', 'customer', 'client', 'process',
    'workflow', 'operation', 'strategy', 'hiring', 'recruiting', 'marketing', 'website', 'site', 'product', 'service', 'offering',
    'platform', 'data', 'stack', 'system', 'account', 'feed', 'department', 'staff', 'employee', 'people', 'office', 'budget',
    'spend', 'funnel', 'lead', 'inventory', 'payroll', 'supply', 'chain', 'logistics', 'fleet', 'cash', 'flow', 'finance',
    'accounting', 'bookkeeping', 'tax', 'security', 'infrastructure', 'cloud', 'ad', 'campaign', 'outreach', 'conversion', 'retention',
    'churn', 'margin', 'profit', 'bottom', 'line', 'competitor', 'market', 'audience', 'community', 'followers', 'following', 'life',
    'family', 'day-to-day', 'goals', 'needs', 'kind', 'thoughts', 'own', 'best', 'behalf', 'opportunity', 'size', 'circle', 'calibre', 'caliber', 'stature', 'standing', 'son', 'daughter', 'brother', 'sister', 'wife', 'husband', 'partner', 'mother', 'father', 'mum',
    'mom', 'dad', 'kid', 'kids', 'child', 'children', 'friend', 'friends', 'colleague', 'colleagues', 'boss', 'dog', 'cat', 'rep', 'reps', 'competitor', 'competition', 'rate', 'bank', 'bill', 'invoice', 'approach', 'philosophy', 'mission', 'culture', 'attitude', 'personality', 'outlook', 'smile', 'story',
  ],
  /** Taking in something a person made: reading it, using it, following it. */
  receive: [
    'read', 'see', 'watch', 'hear', 'follow', 'use', 'take', 'attend', 'inherit', 'enjoy', 'love', 'like', 'admire', 'notice',
    'find', 'bookmark', 'cite', 'quote', 'review', 'try', 'install', 'study', 'listen', 'remember', 'catch', 'forward', 'recommend',
    'print', 'translate', 'share', 'save', 'borrow', 'adapt', 'fork', 'star', 'subscribe', 'binge', 'devour', 'reread', 'stumble',
    'discover', 'spot', 'sit', 'join', 'complete', 'finish', 'run', 'pick', 'grab', 'play', 'wear', 'buy', 'order', 'visit', 'tour',
  ],
  /** Doings that take two and make them a pair ("we swapped numbers", "we both argued"). */
  reciprocal: [
    'swapped', 'traded', 'exchanged', 'compared', 'bonded', 'laughed', 'argued', 'debated', 'overlapped', 'collaborated', 'teamed',
    'paired', 'co-hosted', 'co-wrote', 'co-authored', 'carpooled', 'commuted', 'roomed', 'competed', 'sparred', 'shared', 'split',
    'chatted', 'talked', 'met', 'spoke', 'sang', 'rowed', 'cycled', 'hiked', 'queued', 'sat', 'stood',
  ],
  /** What a sender says they are doing that is no project of theirs ("I'm working at a bank", "I'm reaching out"). */
  notProject: [
    'working', 'living', 'studying', 'doing', 'going', 'heading', 'looking', 'hoping', 'reaching', 'trying', 'seeking',
    'connecting', 'networking', 'expanding', 'growing', 'messaging', 'contacting', 'sending', 'getting', 'being',
    'coming', 'wondering', 'thinking', 'feeling', 'enjoying', 'loving', 'following', 'learning', 'passionate',
  ],
  /** Verbs that link a subject to a description rather than name a deed ("you seemed", "you looked"). */
  copula: ['seemed', 'looked', 'sounded', 'appeared', 'became', 'felt', 'remained', 'stayed', 'got', 'were', 'was'],
  /** Words that place something at a past time ("last spring", "two years ago", "on Tuesday"). */
  pastTime: [
    'yesterday', 'ago', 'last', 'earlier', 'back', 'once', 'tonight', 'morning', 'afternoon', 'evening', 'weekend', 'monday',
    'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june',
    'july', 'august', 'september', 'october', 'november', 'december', 'spring', 'summer', 'autumn', 'winter', 'semester', 'term',
  ],
  /** Verbs of a wish that names no purpose of its own ("I'd love to connect", "to stay in touch", "to learn from you"). */
  emptyWish: [
    'connect', 'add', 'network', 'join', 'link', 'reach', 'stay', 'keep', 'be', 'get', 'hear', 'meet', 'chat', 'talk', 'say', 'introduce',
    'follow', 'learn',
  ],
  /** Who a seller sells to. */
  audience: [
    'company', 'team', 'business', 'leader', 'founder', 'manufacturer', 'firm', 'agency', 'brand', 'organization', 'organisation',
    'startup', 'enterprise', 'executive', 'ceo', 'cto', 'cfo', 'cmo', 'vp', 'director', 'client', 'customer', 'retailer', 'fund',
    'bank', 'seller', 'rep', 'recruiter', 'owner', 'shop', 'store', 'saas', 'b2b', 'b2c', 'brokerage', 'practice', 'clinic',
    'hospital', 'school', 'nonprofit', 'ngo', 'investor', 'lender', 'dealer', 'distributor', 'supplier', 'vendor', 'marketer',
    'realtor', 'agent', 'operator', 'type', 'restaurant', 'studio', 'salon', 'cafe', 'bakery', 'gym', 'hotel', 'lab', 'publisher',
    'university', 'district', 'city', 'council', 'insurer', 'carrier', 'broker', 'firm', 'provider', 'buyer', 'shopper', 'merchant',
    'office', 'household', 'homeowner', 'landlord', 'warehouse', 'factory',
  ],
  /** What a seller promises to change. */
  outcome: [
    'scale', 'grow', 'increase', 'boost', 'cut', 'reduce', 'save', 'streamline', 'improve', 'double', 'triple', 'hit', 'reach',
    'automate', 'optimize', 'optimise', 'accelerate', 'win', 'close', 'generate', 'drive', 'achieve', 'maximize', 'maximise', 'lower',
    'book', 'land', 'convert', 'speed', 'slash', 'eliminate', 'avoid', 'unlock', 'transform', 'ramp', 'get', 'beat', 'predict',
  ],
  /** Numbers a seller puts on a result. */
  gain: ['half', 'faster', 'percent', '%', 'fold', 'times', '2x', '3x', '4x', '5x', '10x', 'x', 'roi', 'quota', 'consensus'],
  /** Things a seller offers. */
  offer: [
    'report', 'guide', 'brief', 'ebook', 'e-book', 'whitepaper', 'checklist', 'playbook', 'template', 'audit', 'assessment',
    'consultation', 'discount', 'trial', 'webinar', 'course', 'toolkit', 'benchmark', 'calculator', 'sample', 'quote', 'proposal',
    'deck', 'framework', 'resource', 'resources', 'book', 'masterclass', 'newsletter', 'study', 'analysis', 'breakdown',
  ],
  /** What a seller sells. */
  offering: [
    'product', 'service', 'solution', 'platform', 'software', 'agency', 'offering', 'tool', 'deck', 'app', 'partner', 'partnership',
    'ecosystem', 'client', 'customer', 'package', 'consultancy', 'demo', 'widget', 'plugin', 'integration', 'bot', 'assistant', 'products', 'services', 'solutions', 'clients', 'customers',
  ],
  /** Meetings someone can be asked for. */
  call: ['call', 'chat', 'conversation', 'meeting', 'coffee', 'zoom', 'interview', 'demo', 'minute', 'lunch', 'meet', 'catch-up', 'sync', 'time', 'session'],
  /** Jobs. */
  job: ['role', 'job', 'position', 'opening', 'opportunity', 'internship', 'vacancy', 'career', 'opportunities', 'roles', 'openings'],
  /** A person's network. */
  network: ['network', 'connection', 'circle', 'contact', 'reach', 'audience', 'following'],
  /** Making it bigger. */
  enlarge: ['expand', 'grow', 'build', 'broaden', 'widen', 'increase', 'extend', 'strengthen', 'enlarge', 'boost'],
  /** People in general. */
  people: [
    'professional', 'people', 'person', 'individual', 'folk', 'peer', 'expert', 'leader', 'member', 'like-minded', 'others', 'other',
    'colleague', 'owner', 'practitioner', 'engineer', 'developer', 'marketer', 'designer', 'founder', 'recruiter', 'manager',
  ],
  /** What two people can share. */
  challenge: ['challenge', 'problem', 'issue', 'question', 'space', 'area', 'goal', 'topic', 'work', 'project', 'mission', 'path', 'interest', 'thing'],
  /** Closing words of a letter. */
  closing: [
    'best', 'regard', 'regards', 'thanks', 'thank', 'you', 'cheers', 'sincerely', 'warmly', 'warm', 'kind', 'all', 'the', 'wish',
    'wishes', 'talk', 'soon', 'take', 'care', 'respectfully', 'yours', 'truly', 'to', 'hear', 'from', 'look', 'forward', 'have', 'a',
    'great', 'good', 'nice', 'lovely', 'day', 'week', 'weekend', 'evening', 'no', 'pressure', 'again', 'in', 'advance', 'much', 'so',
    'many', 'and', 'hearing', 'hope', 'well', 'stay', 'safe', 'it', 'be', 'will', 'there', 'rest', 'of', 'your', 'with', 'appreciation',
    'gratitude', 'love', 'peace', 'thx', 'tks', 'ta', 'cordially', 'godspeed', 'onward', 'onwards', 'until', 'then', 'next', 'time',
  ],
} as const satisfies Record<string, readonly string[]>;

export type WordClass = keyof typeof WORD_CLASSES;

/** Each class as a set, for the matcher. */
export const CLASS_SETS: Readonly<Record<WordClass, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries(WORD_CLASSES).map(([name, words]) => [name, new Set<string>(words)]),
) as unknown as Record<WordClass, ReadonlySet<string>>;
