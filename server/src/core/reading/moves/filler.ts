/** Move senses: what fits anyone (filler, praise with nothing specific) and the sender introducing themselves. Notation: ../pattern.ts; the contract: MoveSense in ../moveSense.ts. */
import type { MoveSense } from '../moveSense';

export const FILLER_MOVES: readonly MoveSense[] = [
  // ── filler: fits anyone ──
  {
    move: 'filler', sense: 'profile-browsing', says: 'says you saw their profile',
    patterns: [
      'you =came|=popped|=showed =up in|on my', 'you =appeared in|on my',
      'come|=came|stumble|find|=found|see|=saw|view|browse|check|look|notice|=noticed|=visited|visit ...3 your|=ur =profile',
      '#PROPN|linkedin|algorithm ...1 =showed|=suggested|=recommended|=show|=suggests|=recommends ...2 =you|=your|=me',
      'your =profile =popped|=came|=appeared|=showed',
    ],
    voidedBy: ['mutual'],
    examples: { match: ["You appeared in my feed this morning.", "You came up in my suggestions.", "Your profile popped up in my feed.", 'I came across your profile today.', 'LinkedIn suggested your profile to me.'], miss: ["Sara Lind recommended you as the person to ask.", 'I came across your post on caching.'] },
  },
  {
    move: 'filler', sense: 'pleasantry', says: 'a pleasantry',
    patterns: [
      'hope ...3 =finds|=find you ...1 well|=good|=great',
      'hope you|=you\'re ...3 =well|=good|=great|=fine|=swell|=wonderful|=ok|=okay',
      'hope your ...2 =week|=day|=monday|=weekend|=month|=year ...5 =great|=good|=fantastic|=productive|=well|=start',
      'hope all =is =well',
    ],
    examples: { match: ["Hope all is well with you.", 'I hope this note finds you well.', "Hope you're doing great!", 'Hope your week is off to a good start.'], miss: ['I hope the launch went smoothly.'] },
  },
  {
    move: 'filler', sense: 'network-building', says: 'talks about growing your network',
    patterns: ['@enlarge my|our ...2 @network !=-', '@enlarge|=building|=growing|=expanding a ...2 @network|=community of ...4 @people'],
    examples: { match: ["I'm building a network of forward-thinking professionals.", "I'm trying to grow my professional network.", 'Looking to expand my connections in Austin.'], miss: ['I hope to grow my team.'] },
  },
  {
    move: 'filler', sense: 'like-minded', says: 'calls them like-minded',
    patterns: ['=like =- =minded', '=likeminded'],
    examples: { match: ["Always good to meet likeminded people.", 'Always nice to meet like-minded people.'], miss: ['I like your mind map.'] },
  },
  {
    move: 'filler', sense: 'mutual-benefit', says: 'promises a benefit that would fit anyone',
    patterns: ['=grow|=learn|=succeed|=thrive|=rise =together', '=learn|=grow from each|one =other|=another', '=benefit|=gain|=learn from ...2 =knowing|=connecting|=meeting|=being|=having each|one =other|=another', '=mutually =beneficial|=rewarding|=valuable', '=win =- =win'],
    examples: { match: ["Let's connect and learn from each other.", "A connection could be a win-win.", 'Hoping we can grow together.', 'I think we could benefit from knowing each other.', 'A connection could be mutually beneficial.'], miss: ['I benefit from your newsletter every week.'] },
  },
  {
    move: 'filler', sense: 'profile-fact', says: 'repeats a fact anyone can read on their profile',
    patterns: [
      'see|notice|know|=saw|=noticed ...1 that? you|we be ...1 =based|=located|=living',
      'see|notice|=noticed|=saw ...1 that? you ...1 =work|=works|=worked|=live|=lived|=are|=were|=studied at|in|for',
      'see|notice|=noticed|=saw ...1 that? you be a|an|the ...3 at|for|with|in $|#PROPN',
      'we ...2 both ...2 in|at ...6 =field|=industry|=space|=sector|=world|=business|=line',
      'we =both? =work|=are in|at ...1 #NOUN|#PROPN !#NOUN|#PROPN|together|with|on|at|in|for',
      'we ...1 work|be in ...1 =similar|=related|=adjacent|=same =field|=fields|=industry|=industries|=space|=spaces|=sector|=sectors|=area|=areas',
    ],
    examples: { match: ["We both work in tech, so connecting seemed like a good idea.", "I noticed you're a decision-maker at Initech.", "I saw you're based in Leeds.", 'I noticed you work at Initech.', 'We both work in the legal tech space.', 'I see we work in similar fields.'], miss: ["We both work in the Leeds lab together.", 'We both spoke at the summit.'] },
  },
  {
    move: 'filler', sense: 'networking-motive', says: 'says you connect with people like them',
    patterns: [
      'always|=constantly|=love|=enjoy ...2 =looking|=happy|=keen|=eager|=interested|=great|=good|=glad|=open|=nice to? ...2 connect|network|meet|=meeting|=connecting|=networking with? ...2 @people|@audience|=fellow',
      'connect|network with ...1 other|=fellow ...3 @people|@audience',
      'connect|network with @people in|from|across|like',
      'learn|hear from ...2 @people like|such =you|=yourself|=as|=them',
      'great|good|nice|wonderful to =network !with',
    ],
    examples: { match: ['Always looking to connect with product people.', "I'm hoping to connect with people in insurance.", "I'd love to connect with other designers in Oslo.", 'I thought it would be great to network.', "I'm keen to learn from experienced founders like you."], miss: ["I'd love to connect."] },
  },

  // ── flattery without specifics ──
  {
    move: 'flattery', sense: 'vague-praise', says: 'praise that names nothing specific',
    patterns: [
      '@appraisal ...3 your|you ...1 @vagueThing !on|about|with|around|behind',
      'your ...1 @vagueThing !on|about|with|around|behind ...3 =caught|=catches|=stood|=stands|=is|=looks|=seems|=was|=has|=have ...2 @appraisal|=attention|=eye|=out',
      '=impressive|=incredible|=amazing|=remarkable|=great =growth|=work|=career|=profile|=journey|=background|=achievements|=success|=trajectory',
      'great|=nice|=cool|=awesome ...2 see what you',
      '$company ...2 catch my =eye|=attention',
    ],
    examples: { match: ["Great to see what you're building.", "{{company}} caught my eye.", "Great to see what you're building.", "{{company}} caught my eye.", 'I really like your work.', 'Your background at Acme caught my eye.', 'Impressive growth!', 'Your profile is impressive.'], miss: ['Loved your talk on caching.', 'I saw your profile and would love to connect.'] },
  },

  // ── self-intro ──
  {
    move: 'self-intro', sense: 'who-i-am', says: 'introduces yourself',
    patterns: [
      '^ ...1 @first be a|an|the|currently|$self|$position|#PROPN',
      'my =name be',
      '=this be $self|#PROPN from',
      '^ ...1 @first =work|=build|=lead|=run|=manage|=teach|=study|=focus|=specialize|=design|=develop|=write|=consult|=coach',
      '^ ...1 @first have ...1 =been =building|=working|=doing|=leading|=running',
      '=fellow ...3 =here',
    ],
    examples: { match: ["My name is Tom.", "This is Ana from the Porto studio.", "I've been building dashboards for ten years.", "I'm a nurse turned data analyst.", 'I build tools for small bakeries.', 'Fellow designer here.'], miss: ["I'm trying to grow my network."] },
  },
];
