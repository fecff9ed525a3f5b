/**
 * The moves a note makes, as data: each sense of a move is a list of
 * patterns (pattern.ts explains the notation) with sentences that must and
 * must not be read that way beside it (test/unit/reading/moves.test.ts
 * runs every one). Add a wording by adding a pattern and an example; the
 * rules never see these patterns, only the moves they find.
 */
import type { MoveKind } from './moveKinds';

/** One way of making a move. */
export interface MoveSense {
  readonly move: MoveKind;
  /** Stable id of this sense ("met", "their-content", "stock"); rules may ask for a sense. */
  readonly sense: string;
  /** What the note does, in a few words, for explain and hover ("mentions their post or talk"). */
  readonly says: string;
  readonly patterns: readonly string[];
  /**
   * Counts only when the note also makes one of these senses; otherwise
   * it is read as `otherwise` (or not at all). "Stay in touch" is a reason
   * after a meeting and a bare ask to a stranger.
   */
  readonly needs?: { readonly senses: readonly string[]; readonly otherwise?: { readonly move: MoveKind; readonly sense: string } };
  /** Dropped when the same sentence makes one of these senses ("since you are a person I trust" gives no reason). */
  readonly voidedBy?: readonly string[];
  /** Read as `then` instead when the note makes one of these senses ("coffee next week?" after a meeting is a next step). */
  readonly unless?: { readonly senses: readonly string[]; readonly then: { readonly move: MoveKind; readonly sense: string } };
  /** Sentences (greeting allowed) that must be read as this sense, and ones that must not. */
  readonly examples: { readonly match: readonly string[]; readonly miss: readonly string[] };
}

/** Senses of filler that are judged only in a note that gives no context or no reason. */
export const SOFT_FILLER: ReadonlySet<string> = new Set(['networking-motive']);

/** Senses met in person; a coffee invitation follows from them. */
const MET = ['met', 'worked-together'];
/** Senses of a tie between the two (met, a person or a group in common); asking such a person for a coffee is a next step, not a favour. */
const TIED = [...MET, 'mutual', 'shared-group'];
/** Senses of an acquaintance; "stay in touch" follows from them. */
const ACQUAINTED = [...TIED, 'their-content'];
/** Every sense of context: praise of their work is a reason once the note shows how you know the work. */
const CONTEXT = [...ACQUAINTED, 'doing-now', 'context-slot'];

export const MOVES: readonly MoveSense[] = [
  // ── context: how the sender knows the recipient, or came across them specifically ──
  {
    move: 'context', sense: 'met', says: 'you met or talked',
    patterns: [
      '@first|you ...2 =met|=spoke|=spoken|=chatted|=talked|=connected',
      'our ...1 @encounter',
      'great|nice|good|lovely|wonderful|pleasure|fun|enjoy|glad|thank|thanks|happy|love|=loved|really ...3 =meeting|=speaking|=chatting|=talking|=connecting|=seeing|=bumping',
      '^ ...3 =nice|=great|=good|=lovely|=pleasure to =meet you',
      'thanks|thank for ...2 =time|=chat|=call|=conversation|=chatting|=speaking|=talking|=meeting|=demo|=stopping|=visiting|=coffee',
      '@first be both? at|in the? ...2 @event|$context',
      '=saw|=seeing|see you ...1 at|during ...2 @event|$context|#PROPN',
      '@first|you =sat|=stood|=queued|=hung|=bumped|=ran|=crossed ...8 @event|$context',
    ],
    examples: {
      match: ['We met at the design systems meetup in March.', 'Great meeting you at the booth yesterday!', 'Loved chatting with you after the panel.', 'We sat at the same table at the climate meetup.', 'I enjoyed our chat about onboarding.', 'Thanks for your time on Tuesday.', 'We were both at the Lisbon summit.', 'Nice to meet you last night.'],
      miss: ["We haven't met yet.", 'It would be great to connect.', 'I would love to meet for coffee sometime?', 'We are both in the fintech industry.'],
    },
  },
  {
    move: 'context', sense: 'their-content', says: 'mentions something they made or said',
    patterns: [
      'your ...2 @content|$context',
      'your ...1 =work ...3 =on|=with|=around|=behind|=building|=leading',
      'your #NOUN|#PROPN|$ =work',
      '=saw|=heard|=watched|=caught|=read|see|hear|watch you =speak|=present|=talk|=speaking|=presenting|=talking|=interviewed|=demo',
      'you =posted|=wrote|=shared|=published|=mentioned|=said|=spoke|=presented|=answered|=commented|=recommended|=gave|=hosted|=organized|=ran|=led|=taught',
      'thanks|thank for ...2 =answering|=replying|=commenting|=responding|=sharing|=posting|=writing|=hosting|=organizing|=running|=presenting|=speaking|=tip|=tips|=answer|=reply|=pointer|=mention|=talk|=session|=webinar|=post|=article|=comment',
    ],
    examples: {
      match: ['Your thread on flaky tests saved my week.', 'I read your piece about pricing pages.', 'I heard you speak at the data meetup.', 'You mentioned a reading list in the podcast.', 'Your work on the accessibility audit was great.', 'Thanks for answering my question in the forum.', 'Loved your [post/article] on hiring.'],
      miss: ['I really like your work.', 'Your experience at Acme is impressive.', 'I came across your profile.'],
    },
  },
  {
    move: 'context', sense: 'mutual', says: 'names someone you both know',
    patterns: [
      '$mutual',
      '$name|$other|#PROPN ...5 =suggested|=mentioned|=recommended|=introduced|=told|=referred|=pointed|=raved|=said',
      '=introduced|=referred us|me',
      'both ...1 connect|know|follow to|with? $|#PROPN',
      'mutual =friend|=connection|=colleague|=contact|=acquaintance =,? $|#PROPN',
      '@first be =connected with|to $|#PROPN',
    ],
    examples: {
      match: ['Priya suggested I reach out.', 'Ravi from the product guild mentioned your name.', 'Our mutual friend Dana thought we should talk.', "I see we're both connected to Omar.", 'Omar introduced us last spring.'],
      miss: ['We have a few mutual connections.', 'I would love to connect.'],
    },
  },
  {
    move: 'context', sense: 'shared-group', says: 'names a group, school or event you share',
    patterns: [
      '=fellow ...2 @group|$context',
      '^ =fellow !=professional|=professionals ...2 #NOUN|$position|$self',
      'as a? =fellow !=professional|=professionals ...2 #NOUN|$position|$self',
      'both|same ...2 =alumni|=alums|=alum|=members|=member|=attended|=studied|=graduated|=went|=volunteer|=volunteered|=belong|=worked|=school|=university|=college|=program|=class|=cohort|=bootcamp|=team|=company|=group|=community|=course|=conference|=event|=panel|=chapter|=club',
      '@first be also|too a|an? ...1 @group',
      'in the same ...1 @group|@event',
    ],
    examples: {
      match: ['Fellow bootcamp alum here.', 'We both studied at Leeds.', "I'm also a member of the Rust guild.", 'We were in the same cohort.', 'As a fellow nurse I know the hours.'],
      miss: ['Fellow professional here.', 'We both work in marketing.', 'I want to meet more fellow founders.'],
    },
  },
  {
    move: 'context', sense: 'worked-together', says: 'says you worked together',
    patterns: [
      '=worked|=working|work|=collaborated|=collaborating together|alongside',
      '=worked|=working|=collaborated with you',
      'former|=formerly|old ...1 =colleague|=colleagues|=teammate|=teammates|=coworker|=coworkers|=manager|=boss|=classmate|=roommate',
      'used to work with|at|together',
      '=overlapped|=overlap at|in|on|during',
    ],
    examples: {
      match: ["We're working together on the billing migration.", 'We worked together at Initech.', 'Former teammate from the mobile squad!', 'We overlapped at Globex for two years.'],
      miss: ['I work with fintech founders.'],
    },
  },
  {
    move: 'context', sense: 'doing-now', says: 'names something they are doing',
    patterns: [
      'see|notice|hear|read|learn|spot|know|=saw|=noticed|=heard ...2 you|your|$company|$name|$|#PROPN ...1 be|have ...1 @doing',
      'see|notice|hear|read|learn|=saw|=noticed|=heard ...2 you|$company|$|#PROPN ...1 =joined|=launched|=started|=moved|=published|=raised|=won|=wrote|=released|=shipped|=opened|=announced|=closed|=hired|=took',
      'congrats|congratulations|congratulate on|to',
      'how|what be you|your|$company ...2 =planning|=thinking|=approaching|=handling|=tackling|=managing|=scaling|=hiring|=training|=building|=preparing',
    ],
    examples: {
      match: ["Saw you're hiring two designers.", 'I noticed your team is expanding into Ohio.', 'Congrats on the new role!', 'I heard you just launched the beta.', 'How are you planning to staff the new clinic?'],
      miss: ["I saw you're based in Denver.", 'I noticed you work at Acme.'],
    },
  },
  {
    move: 'context', sense: 'context-slot', says: 'a placeholder for how you know them',
    patterns: ['$context'],
    examples: { match: ['We met at {{where-met}}.', 'Hi, {{shared_context}}.'], miss: ['Hi {{name}},'] },
  },

  // ── reason: why connect ──
  {
    move: 'reason', sense: 'learn', says: 'wants to learn from them',
    patterns: [
      'learn|know|understand more? from|how|of',
      'learn|know|understand more? about !what',
      'hear|=hearing|discover more? about|how|what|your !what',
      'pick your =brain',
      'get|hear|ask|=hearing|value|appreciate|welcome|love|like ...2 your ...1 @ideas',
      '=advice|=guidance|=mentorship|=mentoring',
      'follow|=following|=reading|keep ...2 your ...2 @content|=journey|=work|=progress|=career|=thinking|=writing|=story',
      'keep up with your|=what',
      'ask|=asking ...5 about|how|for|whether !what',
      '^ ...2 =tips|=pointers|=thoughts|=ideas|=lessons|=recommendations on|about|for',
    ],
    examples: {
      match: ["I'd love to learn how you scaled support.", 'Keen to hear about your move to Berlin.', 'I would value your take on pricing.', 'I want to follow your work on compilers.', 'Any advice for a new PM would mean a lot.', 'Could I ask you about grant writing?', 'Any tips on moving into product?'],
      miss: ["I'd like to learn about what you do.", 'Looking forward to hearing from you.'],
    },
  },
  {
    move: 'reason', sense: 'exchange', says: 'wants to trade ideas',
    patterns: ['@exchange ...3 @ideas|=notes|=ideas|=stories'],
    examples: { match: ['Would love to swap notes on hiring.', 'Happy to compare approaches and share lessons.'], miss: ['Happy to share more details.'] },
  },
  {
    move: 'reason', sense: 'continue-conversation', says: 'wants to continue a conversation',
    patterns: ['continue|keep|carry|pick ...2 =conversation|=discussion|=chat|=dialogue|=thread|=exchange|=where', 'follow up on ...1 our|the|your'],
    examples: { match: ["I'd love to continue our conversation about tooling.", "Let's keep the discussion going."], miss: ['Let me know.'] },
  },
  {
    move: 'reason', sense: 'stay-in-touch', says: 'wants to stay in touch after meeting',
    patterns: ['=stay|=keep|=remain in =touch|=contact', '=stay|=keep|=remain =connected', '=reconnect|=reconnecting', '=catch =up'],
    needs: { senses: ACQUAINTED, otherwise: { move: 'connect-ask', sense: 'ask' } },
    examples: { match: ['Great meeting you at the fair. Would love to stay in touch.'], miss: ["I'd love to stay in touch."] },
  },
  {
    move: 'reason', sense: 'because', says: 'gives a because',
    patterns: ['because|since @first|@you|$|#PROPN', 'given that? your|you|@first', 'so that? @first|@you can|could'],
    voidedBy: ['stock'],
    examples: { match: ["I wanted to connect since we're on the same project.", 'Reaching out because you run the Rust meetup.'], miss: ['I have been here since 2019.', "Since you're someone I trust, please accept my invitation."] },
  },
  {
    move: 'reason', sense: 'same-event', says: 'says you will both be there',
    patterns: ['@first will? be ...1 =there|=attending|=going|=speaking|=presenting ...3 =too|=also|=well', 'connect|meet =beforehand|=before|=ahead'],
    examples: { match: ["I'll be there too, so let's say hi.", 'Would love to connect before the summit.'], miss: ['I will be in touch.'] },
  },
  {
    move: 'reason', sense: 'shared-problem', says: 'names a problem or interest you share',
    patterns: [
      'similar|same ...1 @challenge|=problems|=challenges|=questions|=issues',
      'also ...2 =focused|=working|=building|=interested|=exploring|=thinking|=tackling|=passionate|=researching|=studying|=obsessed|=into|=writing',
      '@first be ...2 =exploring|=researching|=studying|=investigating how|what|why|whether',
      'our|my ...1 =problem|=challenge|=struggle|=pain|=bottleneck|=headache',
    ],
    examples: { match: ["We're fighting the same problems with flaky CI.", 'That part on retries was exactly our problem.', "I'm also building tools for nurses.", "I'm researching how small clinics schedule staff."], miss: ['We help similar companies.'] },
  },
  {
    move: 'reason', sense: 'interested', says: 'says what interests you',
    patterns: ['interested|=curious|=fascinated in|about|by|how'],
    examples: { match: ["I'm curious about your switch to Elixir.", "I'm interested in the platform team's work."], miss: ["I'm always interested to connect."] },
  },
  {
    move: 'reason', sense: 'appreciates-work', says: 'says what you liked in their work',
    patterns: [
      '@appraisal ...4 your ...2 @content|$context|$topic',
      '@appraisal ...4 your ...1 =work ...3 =on|=with|=around|=behind',
      'your ...2 @content|$context ...10 @appraisal',
      'your ...1 =work ...3 =on|=with|=around|=behind ...8 @appraisal',
      '@appraisal the? =way|=how you',
    ],
    examples: {
      match: ['Loved your talk on zero-downtime deploys.', 'Your write-up on cold starts really resonated.', 'I admire your work on open data.', 'Your point about onboarding stuck with me.', 'Your work on the city budget app looks great.'],
      miss: ['I really like your work.', 'I love your profile.'],
    },
  },
  {
    move: 'reason', sense: 'admires-them', says: 'says you admire their work',
    patterns: ['@appraisal ...3 your|you ...1 =work|=career|=leadership|=achievements|=accomplishments|=contributions|=writing !on|about|with|around|behind'],
    needs: { senses: CONTEXT, otherwise: { move: 'flattery', sense: 'vague-praise' } },
    examples: { match: ['We met at the mixer. I admire your work.'], miss: ['I really like your work.'] },
  },
  {
    move: 'reason', sense: 'thanks-them', says: 'thanks them for their work',
    patterns: ['^ ...1 thank|thanks|=thx you? ...1 END', '=used|=applied|=tried|=adopted|=borrowed|=implemented ...3 your|the ...3 @content|=chapter|=idea|=framework|=advice|=tip|=template|=approach|=checklist'],
    needs: { senses: ACQUAINTED },
    examples: { match: ['I read your guide to pricing pages. Thank you! Would love to connect.', 'Loved your post on retros; I tried the template with my team.'], miss: ['Thank you!'] },
  },
  {
    move: 'reason', sense: 'career-interest', says: 'names a role or team you are interested in',
    patterns: ['@job at|with|on $|#PROPN', '=exploring|=pursuing ...2 @job'],
    examples: { match: ["I'd like to stay in touch about roles at Globex.", 'Exploring opportunities in climate tech.'], miss: ['I have an exciting opportunity.'] },
  },
  {
    move: 'reason', sense: 'collaborate', says: 'proposes working together',
    patterns: ['collaborate|=collaboration|=collaborating|=co-author|=coauthor'],
    examples: { match: ['Maybe we could collaborate on the guide.'], miss: ['Would love to connect.'] },
  },
  {
    move: 'reason', sense: 'congrats', says: 'congratulates them',
    patterns: ['congrats|congratulations|congratulate'],
    examples: { match: ['Congratulations on the launch!'], miss: ['Nice work.'] },
  },
  {
    move: 'reason', sense: 'reason-slot', says: 'a placeholder for your reason',
    patterns: ['$reason'],
    examples: { match: ['{{reason}}', 'I am writing because {specific_reason}.'], miss: ['{{company}}'] },
  },

  // ── connect-ask ──
  {
    move: 'connect-ask', sense: 'stock', says: "LinkedIn's stock invitation wording",
    patterns: [
      'add|=adding you to my|our ...2 @network',
      'invite|=inviting you to join|=join? my|our ...2 @network',
      'join|=joining my|your ...2 @network',
      'have|=having|welcome you in|into|as|to my|our ...2 @network',
      'add|=adding me to your|my ...2 @network',
      'person|someone I trust',
      'accept my|this|our ...2 =invitation|=invite|=request',
      '=professional =networking =platform|=site',
    ],
    examples: {
      match: ["I'd like to add you to my professional network.", 'I want to invite you to join my network.', "I'd be glad to have you in my network.", 'Please add me to your network.', 'Please accept my invitation.', "You're someone I trust."],
      miss: ["I'd like to connect.", 'Adding you to keep up with your posts.'],
    },
  },
  {
    move: 'connect-ask', sense: 'ask', says: 'asks to connect',
    patterns: ['connect !at|during|to', '=network|=networking with', '=add|=adding you', 'be a? part of your|my @network', '=reach|=reaching =out', 'make your =acquaintance', 'get in =touch'],
    examples: { match: ['Would love to connect!', "Let's connect.", 'Thought I would reach out.', 'Adding you here.'], miss: ['Great connecting at the meetup.', "We're both connected to Sam."] },
  },

  // ── next-step ──
  {
    move: 'next-step', sense: 'next-step', says: 'proposes what happens next',
    patterns: [
      '$next-step',
      'let me =know',
      'look|=looking forward to ...2 our|the ...1 =next|=chat|=call|=meeting|=coffee|=conversation|=steps|=catching|=seeing|=session',
      'see you at|there|soon|then',
      'talk soon',
      '=catch up',
      'happy|glad to share|send|help|introduce|intro|answer',
    ],
    examples: { match: ['Let me know if Thursday works.', 'See you at the offsite!', 'Looking forward to our next chat.', 'Happy to send the slides.'], miss: ['Looking forward to connecting!'] },
  },

  // ── pitch: selling to a stranger ──
  {
    move: 'pitch', sense: 'help-audience', says: 'says what you do for companies like theirs',
    patterns: [
      'help|=helped|=helping|assist|enable|empower|serve ...2 @audience|$company|$pitch',
      'help|=helped|=helping you|your ...3 @outcome',
      '@first work|partner|=working|=partnering with ...2 @audience',
      '@first =coach|=train|=advise|=mentor|=teach ...2 @audience ...4 @outcome',
      '@first ...2 =specialize|=specializes|=specialise|=specialising|=specializing ...8 for|to @audience|=you|=yours',
    ],
    examples: {
      match: ['We help dental clinics fill their calendars.', 'I help founders like you close their seed round.', 'I work with SaaS teams on churn.', 'I coach founders to double their sales.', 'We specialize in payroll for restaurants like yours.'],
      miss: ["I'm a developer specializing in Go.", "I'd love to support each other."],
    },
  },
  {
    move: 'pitch', sense: 'like-yours', says: 'addresses a category, not them',
    patterns: ['@audience like =yours|=you !be', 'for|helped|=helping|=help similar|other @audience'],
    examples: { match: ['We built it for studios like yours.', 'We did this for similar companies.'], miss: ['Leaders like you are rare.'] },
  },
  {
    move: 'pitch', sense: 'track-record', says: 'claims results for their kind of company',
    patterns: ['@outcome ...5 @gain', '@first ...3 =helped|=saved|=grew|=generated|=increased|=boosted ...3 #NUM|@gain'],
    examples: { match: ['Our tool cuts onboarding time in half.', 'We helped 30 agencies grow revenue.'], miss: ['I have been building search systems for years.'] },
  },
  {
    move: 'pitch', sense: 'offer', says: 'offers something to win their attention',
    patterns: [
      'free @offer|=call|=consultation|=demo|=trial|=audit|=session|=review|=strategy|=coaching|=estimate',
      '@first have|=put|=wrote|=created|=built|=prepared|=finished|=made|=published ...3 a|an ...2 @offer',
      '^ =want =it|=one|=a|=the ...2 QUESTION',
      'something|=solution|=tool|=product ...4 interest|help|benefit|useful|valuable you|your',
      'share|show ...1 how @first|our',
      'our|my @offering',
      'need|want ...2 =help with|on your|=yours',
      'a|an|our|my|quick|short|free|live|personalized|personalised ...1 =demo|=demos|=walkthrough',
      'book|schedule|set|=show ...2 a|an ...1 =demo|=demos|=walkthrough',
    ],
    examples: {
      match: ['I have a free checklist for audits.', 'Shout if you ever need help with yours.', 'Can I book you in for a quick demo?', 'Happy to offer you a free session.', 'I put together a short guide on churn.', "I'm working on something that might interest you.", "I'd love to show you how we do it.", 'Our platform fixes this.'],
      miss: ['I have a question about your talk.', 'Our conversation stuck with me.', 'Thanks for the demo of your compiler.'],
    },
  },
  {
    move: 'pitch', sense: 'recruiting', says: 'recruits them',
    patterns: ['we be ...1 =hiring|=recruiting|=looking|=searching|=seeking', 'exciting|great|perfect|ideal|potential|amazing|unique ...1 =fit|=opportunity|=opportunities|=role|=position|=opening|=partnership|=collaboration', 'perfect|ideal =fit? for our|my'],
    examples: { match: ["We're hiring a head of data.", "You'd be a great fit for a role I'm filling."], miss: ['Congrats on your new role.'] },
  },
  {
    move: 'pitch', sense: 'worth-ask', says: "asks if it's worth their time",
    patterns: ['worth ...2 =connecting|=a|=chat|=conversation|=call|=talking|=exploring|=discussing|=it|=minutes|#NUM|=your'],
    examples: { match: ['Worth a quick chat?', 'Worth connecting?'], miss: ['Your talk was worth the trip.'] },
  },
  {
    move: 'pitch', sense: 'outcome-for-you', says: 'promises to improve their numbers',
    patterns: ['@outcome your ...1 =revenue|=sales|=pipeline|=roi|=growth|=costs|=conversion|=leads|=margins|=business|=efficiency|=output|=retention|=churn|=bookings|=traffic'],
    examples: { match: ['We can double your pipeline.'], miss: ['Your growth is impressive.'] },
  },
  {
    move: 'pitch', sense: 'pitch-slot', says: 'a placeholder for a value proposition',
    patterns: ['$pitch'],
    examples: { match: ['We are helping {value_proposition}.'], miss: ['{{reason}}'] },
  },

  // ── favour: asking a stranger for something ──
  {
    move: 'favour', sense: 'call-ask', says: 'asks a stranger for a call or a meeting',
    patterns: [
      'be|would|could|can|will|do you|your ...4 open|available|free|up|interested|willing|keen|have|=spare ...4 @call|=minutes',
      'hop|jump|get|set|schedule|book|grab|find ...2 a|some ...2 @call',
      'love|like|happy|glad|keen|want to =chat|=talk|=meet|=hop',
      '=minutes of your =time',
      '^ ...1 =coffee|=lunch|=call|=chat|=drinks|=zoom ...3 QUESTION',
      '=coffee|=lunch|=drinks|=call|=chat|=catch-up next|this|sometime|soon|later',
    ],
    unless: { senses: TIED, then: { move: 'next-step', sense: 'meet-again' } },
    examples: {
      match: ['Would you be open to a quick call next week?', "Let's grab a coffee sometime.", 'Do you have 15 minutes this week?', 'Coffee next Friday?'],
      miss: ['Would you be open to connecting?', 'We had coffee last week.'],
    },
  },
  {
    move: 'favour', sense: 'job-ask', says: 'asks about jobs or for a referral',
    patterns: [
      'be you|your|=anyone|$company ...2 =hiring|=recruiting QUESTION',
      'any|=open @job ...4 QUESTION',
      'send|share|attach|=attached|forward|look|review|see|pass|give|hand|submit|route ...3 my|the ...1 =resume|=cv|=résumé|=portfolio',
      '=refer me|=referral|=referrals|=vouch',
      'good =word',
      '=introduce =me|=us',
      'an? =intro|=introduction to',
      '@first ...3 =applied|=applying for ...3 @job|$position|$',
      'hire =me',
      '=informational =interview|=interviews|=chat',
    ],
    examples: {
      match: ['Is your team hiring?', "I've attached my resume.", 'Could you refer me for the role?', 'Could you introduce me to your CTO?', 'Could you pass my CV to the hiring manager?', 'I applied for the analyst role last week.', 'Fellow alum here. Could we do an informational interview?'],
      miss: ["Saw you're hiring two designers."],
    },
  },

  // ── filler: fits anyone ──
  {
    move: 'filler', sense: 'profile-browsing', says: 'says you saw their profile',
    patterns: [
      'come|=came|stumble|find|=found|see|=saw|view|browse|check|look|notice|=noticed|=visited|visit ...3 your|=ur =profile',
      '#PROPN|linkedin|algorithm ...1 =showed|=suggested|=recommended|=show|=suggests|=recommends ...2 =you|=your|=me',
      'your =profile =popped|=came|=appeared|=showed',
    ],
    examples: { match: ['I came across your profile today.', 'LinkedIn suggested your profile to me.'], miss: ['I came across your post on caching.'] },
  },
  {
    move: 'filler', sense: 'pleasantry', says: 'a pleasantry',
    patterns: [
      'hope ...3 =finds|=find you ...1 well|=good|=great',
      'hope you|=you\'re ...3 =well|=good|=great|=fine|=swell|=wonderful|=ok|=okay',
      'hope your ...2 =week|=day|=monday|=weekend|=month|=year ...5 =great|=good|=fantastic|=productive|=well|=start',
      'hope all =is =well',
    ],
    examples: { match: ['I hope this note finds you well.', "Hope you're doing great!", 'Hope your week is off to a good start.'], miss: ['I hope the launch went smoothly.'] },
  },
  {
    move: 'filler', sense: 'network-building', says: 'talks about growing your network',
    patterns: ['@enlarge my|our ...2 @network !=-'],
    examples: { match: ["I'm trying to grow my professional network.", 'Looking to expand my connections in Austin.'], miss: ['I hope to grow my team.'] },
  },
  {
    move: 'filler', sense: 'like-minded', says: 'calls them like-minded',
    patterns: ['=like =- =minded', '=likeminded'],
    examples: { match: ['Always nice to meet like-minded people.'], miss: ['I like your mind map.'] },
  },
  {
    move: 'filler', sense: 'profile-fact', says: 'repeats a fact anyone can read on their profile',
    patterns: [
      'see|notice|know|=saw|=noticed ...1 that? you|we be ...1 =based|=located|=living',
      'see|notice|=noticed|=saw ...1 that? you ...1 =work|=works|=live|=are at|in|for',
      'we ...2 both ...2 in|at ...6 =field|=industry|=space|=sector|=world|=business|=line',
    ],
    examples: { match: ["I saw you're based in Leeds.", 'I noticed you work at Initech.', 'We both work in the legal tech space.'], miss: ['We both spoke at the summit.'] },
  },
  {
    move: 'filler', sense: 'networking-motive', says: 'says you connect with people like them',
    patterns: [
      'always|=constantly|=love|=enjoy ...2 =looking|=happy|=keen|=eager|=interested|=great|=good|=glad|=open|=nice to? ...2 connect|network|meet with? ...2 @people|@audience|=fellow',
      'connect|network with ...1 other|=fellow ...3 @people|@audience',
      'connect|network with @people in|from|across|like',
    ],
    examples: { match: ['Always looking to connect with product people.', "I'm hoping to connect with people in insurance.", "I'd love to connect with other designers in Oslo."], miss: ["I'd love to connect."] },
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
    examples: { match: ['I really like your work.', 'Your background at Acme caught my eye.', 'Impressive growth!', 'Your profile is impressive.'], miss: ['Loved your talk on caching.', 'I saw your profile and would love to connect.'] },
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
    examples: { match: ["I'm a nurse turned data analyst.", 'I build tools for small bakeries.', 'Fellow designer here.'], miss: ["I'm trying to grow my network."] },
  },
];
