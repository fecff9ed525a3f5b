/** Move senses: why the sender wants to connect. Notation: ../pattern.ts; the contract: MoveSense in ../moveSense.ts. */
import { ACQUAINTED, CONTEXT, PITCHES, type MoveSense } from '../moveSense';
import { THEIR_THING, THEIRS_AMONG } from './phrases';

export const REASON_MOVES: readonly MoveSense[] = [
  // ── reason: why connect ──
  {
    move: 'reason', sense: 'learn', says: 'wants to learn from them',
    patterns: [
      'learn|know|understand more? how|of|what|why|whether|which',
      'learn|know|understand more? from !you|yourself',
      'learn|know|understand more? from you|yourself ...1 about|on|how|what|why',
      'learn|know|understand more? about !what',
      'hear|=hearing|discover more? about|how|what|your !what',
      'pick your =brain',
      'get|hear|ask|=hearing|value|appreciate|welcome|love|like ...2 your ...1 @ideas',
      '=advice|=guidance|=mentorship|=mentoring',
      'to|and|keep|continue follow|=following|=reading ...2 your ...2 @content|=thinking|=writing|=work',
      'keep ...2 your ...2 @content|=thinking|=writing|=work',
      'to|and|keep|continue follow|=following ...2 your ...1 =work|=journey|=progress|=career =on|=in|=with|=around|=behind|=at',
      'keep up with your|=what',
      'ask|=asking ...5 about|how|for|whether !what',
      '=questions|=question about|on|regarding|around',
      '^ ...2 =tips|=pointers|=thoughts|=ideas|=lessons|=recommendations on|about|for',
      '=person|=one|=people to =ask|=talk|=speak ...2 about|to|with',
      '!#ADP value|appreciate|welcome|love|like|grateful ...3 @ideas|=lessons|=recommendation|=recommendations|=suggestion|=suggestions|=steer|=pointers|=pointer|=tips|=input|=insights|=thoughts|=perspective|=feedback|=suggestions|=guidance',
    ],
    voidedBy: ['networking-motive', 'mutual-benefit'],
    examples: {
      match: ["I'd love to learn from people who have done it.", "I'd love to learn from you about running a food bank.", "I'd love a recommendation for a conservation architect.", 'I keep reading your newsletter.', "I'd love to learn more about your move to Lisbon.", "Could I pick your brain on hiring?", "I'd like to keep up with what you publish.", 'I have a few questions about heat pumps.', "We're about to rebuild ours and I'd love to know what you'd avoid.", "I'd love to learn how you scaled support.", 'Keen to hear about your move to Berlin.', 'I would value your take on pricing.', 'I want to follow your work on compilers.', 'Any advice for a new PM would mean a lot.', 'Could I ask you about grant writing?', 'Any tips on moving into product?', "She said you'd be the best person to talk to about onboarding.", "I'd appreciate a few pointers from someone who has done it."],
      miss: ["Connecting seemed like a good idea.", "I'm impressed by your accomplishments and would like to learn from you.", "I follow your work on open-source maps.", "I follow your posts on fintech regulation.", "I'd be delighted to connect and learn from each other.", "I'd like to follow your journey.", "I'd like to learn about what you do.", 'Looking forward to hearing from you.'],
    },
  },
  {
    move: 'reason', sense: 'exchange', says: 'wants to trade ideas',
    patterns: ['@exchange ...3 @ideas|=notes|=ideas|=stories'],
    voidedBy: ['networking-motive'],
    examples: { match: ['Would love to swap notes on hiring.', 'Happy to compare approaches and share lessons.'], miss: ["I'm always happy to meet new people in my field and share knowledge.", 'Happy to share more details.'] },
  },
  {
    move: 'reason', sense: 'continue-conversation', says: 'wants to continue a conversation',
    patterns: ['continue|keep|carry|pick ...2 =conversation|=discussion|=chat|=dialogue|=thread|=exchange|=where|=argument|=debate', 'follow up on ...1 our|the|your'],
    examples: { match: ["I wanted to follow up on our chat.", "I'd love to continue our conversation about tooling.", "Let's keep the discussion going."], miss: ['Let me know.'] },
  },
  {
    move: 'reason', sense: 'stay-in-touch', says: 'wants to stay in touch after meeting',
    patterns: ['=stay|=keep|=remain in =touch|=contact', '=stay|=keep|=remain =connected', '=reconnect|=reconnecting', "=catch|=catching =up", '=introduce =myself|=ourselves', 'connect|=connected =properly|=officially', 'try|=trying ...1 =again'],
    needs: { senses: ACQUAINTED, otherwise: { move: 'connect-ask', sense: 'ask' } },
    examples: { match: ["You gave me my first code review. I would enjoy catching up.", "We met at the mixer. Let's stay connected.", "We worked together at Acme. Would be great to reconnect.", "We met at the fair. Let's catch up soon.", "We met at the booth. I wanted to connect properly.", "We met at the booth but the app crashed, so I'm trying again.", 'Great meeting you at the fair. Would love to stay in touch.', 'Priya mentioned you helped with the chapter. Would love to introduce myself properly.'], miss: ["I'd love to stay in touch.", 'Allow me to introduce myself.'] },
  },
  {
    move: 'reason', sense: 'because', says: 'gives a because',
    patterns: ['because|since @first|@you|$|#PROPN', 'given that? your|you|@first', 'so that? @first|@you can|could'],
    voidedBy: ['stock'],
    examples: { match: ["Given your work on tariffs, I'd value your view.", "Connecting here so we can swap notes.", "I wanted to connect since we're on the same project.", 'Reaching out because you run the Rust meetup.'], miss: ['I have been here since 2019.', "Since you're someone I trust, please accept my invitation."] },
  },
  {
    move: 'reason', sense: 'same-event', says: 'says you will both be there',
    patterns: ['@first will? be ...1 =there|=attending|=going|=speaking|=presenting ...3 =too|=also|=well', 'connect|meet ...1 =beforehand|=before|=ahead'],
    examples: { match: ["I'll be there too, so let's say hi.", 'Would love to connect before the summit.', 'Wanted to connect here ahead of our kickoff.'], miss: ['I will be in touch.'] },
  },
  {
    move: 'reason', sense: 'shared-problem', says: 'names a problem or interest you share',
    patterns: [
      'similar|same !=interests|=interest ...1 @challenge|=problems|=challenges|=questions|=issues',
      'also ...2 =focused|=working|=building|=interested|=exploring|=thinking|=tackling|=passionate|=researching|=studying|=obsessed|=into|=writing',
      '@first be ...2 =exploring|=researching|=studying|=investigating how|what|why|whether',
      'our|my ...1 =problem|=challenge|=struggle|=pain|=bottleneck|=headache',
    ],
    examples: { match: ["We're fighting the same problems with flaky CI.", 'That part on retries was exactly our problem.', "I'm also building tools for nurses.", "I'm researching how small clinics schedule staff."], miss: ["We seem to have similar interests.", 'We help similar companies.'] },
  },
  {
    move: 'reason', sense: 'about-their-work', says: 'says which of their work you are writing about',
    patterns: ['=touch|=out|=reaching|=writing|=contacting|=contact about|regarding your|$company ...3 =work|=project|=research|=plans|=programme|=program|=initiative|@content'],
    examples: { match: ['Sam suggested I get in touch about your flood-mapping work.', "I'm reaching out about your research on sleep and shift work."], miss: ['I am reaching out to connect.', 'Feel free to reach out about anything.'] },
  },
  {
    move: 'reason', sense: 'interested', says: 'says what interests you',
    patterns: ['interested|=curious|=fascinated in|about|by|how'],
    voidedBy: ['networking-motive'],
    examples: { match: ["I'm curious about your switch to Elixir.", "I'm interested in the platform team's work."], miss: ["I'm always interested in meeting new people in the energy sector.", "I'm always interested to connect."] },
  },
  {
    move: 'reason', sense: 'appreciates-work', says: 'says what you liked in their work',
    patterns: [
      '@appraisal ...4 your ...2 @content|$context|$topic',
      '@appraisal ...4 your ...1 =work ...3 =on|=with|=around|=behind',
      'your ...2 @content|$context ...10 @appraisal',
      'your ...1 =work ...3 =on|=with|=around|=behind ...8 @appraisal',
      '=thinking about your ...2 @content',
      '@appraisal the? =way|=how you',
      `@appraisal ...4 ${THEIR_THING}`,
      `${THEIR_THING} ...10 @appraisal`,
      `${THEIRS_AMONG} ...10 @appraisal`,
    ],
    examples: {
      match: ["I love the way you explain indexes.", 'Loved your talk on zero-downtime deploys.', 'Your write-up on cold starts really resonated.', 'I admire your work on open data.', 'Your point about onboarding stuck with me.', 'Still thinking about your tip on negotiating.', 'Your work on the city budget app looks great.', 'Your expense-report template fixed our month-end close.', 'Of all the entries, yours on kelp farming was my favourite.'],
      miss: ["I would value connecting with someone of your calibre.", "I'd like to be part of your professional circle.", 'I really like your work.', 'I love your profile.', 'I love your energy.', 'Your approach to leadership is inspiring.'],
    },
  },
  {
    move: 'reason', sense: 'admires-them', says: 'says you admire their work',
    patterns: [
      '@appraisal ...3 your|you ...1 =work|=career|=leadership|=achievements|=accomplishments|=contributions|=writing !on|about|with|around|behind',
      'your ...1 =path|=journey|=career|=trajectory|=story|=move|=switch|=transition ...6 =caught|=inspired|=inspires|=stood|=stands|=resonated|=resonates',
    ],
    needs: { senses: CONTEXT, otherwise: { move: 'flattery', sense: 'vague-praise' } },
    examples: { match: ['We met at the mixer. I admire your work.', 'Fellow Leeds grad here. Your path from nursing into health policy caught my eye.'], miss: ['I really like your work.', 'Your career caught my eye.'] },
  },
  {
    move: 'reason', sense: 'thanks-them', says: 'thanks them for their work',
    patterns: [
      '^ ...1 thank|thanks|=thx you? ...1 END',
      'say|=saying thanks|thank',
      'to|and =thank you',
      '^ ...1 thanks|thank you? =again? for #ING',
      '=add|=credit|=list|=name|=thank you ...2 to|on|in the ...2 =contributors|=credits|=acknowledgements|=acknowledgments|=authors|=thanks',
      '=owe you',
      'your|the|that|this ...4 @content ...6 =reason|=why @first',
      `${THEIR_THING} ...8 =saved|=fixed|=solved|=unblocked|=rescued|=changed|=made|=convinced|=helped|=pushed|=taught|=encouraged|=prompted|=inspired|=showed|=shaped|=got`,
      '=still =use|=uses|=teach|=apply|=follow|=quote|=read ...3 your|it|them',
      'i =used|=tried|=applied|=followed|=took ...6 and ...3 =got|=landed|=doubled|=won|=earned|=passed|=saved',
      '=used|=applied|=tried|=adopted|=borrowed|=implemented ...3 your|the ...3 @content|=chapter|=idea|=framework|=advice|=tip|=template|=approach|=checklist',
      'your|the|that ...3 @content|=answer|=reply|=tip|=trick|=advice|=pointer|=help|=fix|=suggestion|=idea|=bit|=part|=section|=segment|=chapter|=line|=workaround|=module ...8 =saved|=fixed|=solved|=unblocked|=rescued|=changed|=made|=convinced|=helped|=pushed|=taught|=encouraged|=prompted|=inspired|=showed',
    ],
    needs: { senses: ACQUAINTED },
    examples: { match: ["Thanks for giving my daughter the tour of your robotics lab at open day.", "You fixed the ledger bug at the hackathon. I'd like to add you to the contributors page.", "You gave a guest lecture in our module. The lecture is why I applied.", "I finished your negotiation course. I used the script last week and got a 12% raise.", "I shadowed you on the plant audit. I still use your checklist.", 'I was in your evening Spanish class. Your lessons made the move possible.', "I took your pottery class in May. I'd love to connect and thank you properly.", 'I read your guide to pricing pages. Thank you! Would love to connect.', 'Loved your post on retros; I tried the template with my team.', 'Thanks for answering my question in the forum; the caching trick saved my weekend.', 'I watched your webinar on Monday. The part about retries saved us a week.', 'Your review of my grant proposal last spring made it much stronger.', 'Your thread on pricing convinced me to raise mine.', 'Your reply about partitioning saved my night. Wanted to say thanks in person!', 'Your photo essay on the trams is the reason I started shooting film.', 'You lent me your charger at the hackathon. Still owe you a beer!'], miss: ['Thank you!', 'The tip saved my day.'] },
  },
  {
    move: 'reason', sense: 'career-interest', says: 'names a role or team you are interested in',
    patterns: [
      '@job at|with|on $|#PROPN',
      '=exploring|=pursuing ...2 @job',
      '=exploring|=considering|=planning|=making|=weighing ...2 =move|=switch|=transition|=pivot|=shift|=career into|to|toward|towards',
      '=switching|=transitioning|=pivoting into',
    ],
    examples: {
      match: ["I'd like to stay in touch about roles at Globex.", 'Exploring opportunities in climate tech.', "I'm considering a move into product design.", "I'm transitioning into data engineering after ten years in finance."],
      miss: ['I have an exciting opportunity.', "We're moving to a new office."],
    },
  },
  {
    move: 'reason', sense: 'moving-there', says: 'says you are moving to where they are',
    patterns: ['@first ...2 =relocating|=moving|=relocate|=move|=relocated|=moved to|=back #PROPN|$', '@first be ...1 =visiting|=coming|=travelling|=traveling|=heading to? #PROPN|$|in|next|this'],
    examples: { match: ["I'm relocating to Denver next month.", "We're moving to Porto in the spring.", "I'm visiting in July."], miss: ['Moving to a new office was fun.', 'I moved to product last year.'] },
  },
  {
    move: 'reason', sense: 'share-back', says: 'offers to share something of yours that follows from theirs',
    patterns: ['love|like|happy|glad|keen|want to =share|=show|=send ...4 with|to you', 'love|like|happy|glad|keen|want to =show|=send you', 'love|like|happy|glad|keen|want to =send|=share|=show|=pass|=forward it|them|this|that|one =over|=along|=across|=on|=anywhere|=wherever', 'love|like|happy|glad|keen|want to =share =what|=how|=our|=my|=lessons|=notes|=results', '=keep you =posted|=updated|=informed|=in', '=thought you =would|=\'d =like|=want|=enjoy to =know|=hear|=see', '=thought you =would|=\'d =enjoy|=like|=love ...2 =photos|=photo|=pictures|=news|=update|=story|=this|=it|=them'],
    needs: { senses: ACQUAINTED },
    examples: { match: ["I'm the new tenant in the flat you rented. Happy to forward it anywhere you like.", "You answered my email about bees years ago. I thought you'd enjoy the photos.", "You coached my son's team. He's now captain at university, and I thought you'd like to know.", "My manager forwarded your proposal. We run a similar scheme and would be happy to share what went wrong for us.", 'You asked the hardest question at my poster. It became a chapter, and I would be glad to send it over.', "I went to your glazing workshop. I've switched to ash glazes since and would love to share the results with you.", 'You reviewed my pitch at demo day. We have reworked it since and I would love to show you the numbers.', 'Thanks for your notes on my thesis draft. I will keep you posted on the defence.'], miss: ["I'd love to share our deck with you."] },
  },
  {
    move: 'reason', sense: 'invites-to-speak', says: 'invites them to speak or present',
    patterns: [
      'would|could|will|can|=wondered|=wondering|=if you ...4 =giving|=give|=speak|=speaking|=present|=presenting ...3 =it|=talk|=session|=keynote|=panel|=workshop|at|to',
      'invite|=inviting|have you to? =talk|=speak|=present|=teach|=visit|=judge|=perform|=read|=lecture|=guest',
    ],
    examples: { match: ['I would love to invite you to talk to my students.', 'Would you be up for giving it at one of our evenings?', 'Would you consider speaking at our June meetup?'], miss: ["I saw you speak at the Porto data festival.", 'You give great advice.'] },
  },
  {
    move: 'reason', sense: 'taking-over', says: 'says you are taking over work they know',
    patterns: ['=taking|=took|=take over from', '@first ...2 =taking|=took|=take over', '@first ...2 =stepping|=stepped into ...3 =role|=shoes|=position|=seat', '@first ...2 =inheriting|=inherited|=succeeding|=replacing'],
    examples: { match: ["I'm the new manager on the billing team, taking over from Omar.", "I inherited the volunteer rota this spring.", "I'm taking over the Leeds chapter from Omar.", "I've stepped into Dana's role on the grants team."], miss: ['The robots are taking over.'] },
  },
  {
    move: 'reason', sense: 'collaborate', says: 'proposes working together',
    patterns: ['collaborate|=collaboration|=collaborating|=co-author|=coauthor', '=help ...1 =review|=test|=translate|=edit|=shape|=proofread', '=reprinting|=reprint|=republish|=republishing|=feature|=featuring|=quote|=quoting|=translate|=translating ...2 it|your|them', '=planning|=working|=building|=running|=organising|=organizing|=shipping|=launching ...5 =together'],
    examples: { match: ['Maybe we could collaborate on the guide.', 'Would you like to help review the next release?', 'Would you be open to us reprinting your essay?', 'Looking forward to planning the spring launch together.'], miss: ['Would love to connect.', 'We worked on it apart.'] },
  },
  {
    move: 'reason', sense: 'asks-them', says: 'asks them for something specific',
    patterns: [
      'would|could|will you ...3 =willing|=open|=able|=mind|=consider|=considering|=happy|=interested|=up ...1 to|for|in ...1 #VERB|=giving|=sharing|=talking|=reviewing|=answering',
      'could|can|may|might @first ...2 =ask|=pick|=borrow|=run|=share|=send|=show',
      '=could =use ...3 =tips|=help|=advice|=pointers|=input|=guidance|=ideas|=pointer|=tip|=hand',
      'would|could you ...1 =recommend|=suggest|=point|=share|=explain|=review|=help',
      'if|whether|=chance you would|could|might|can|will ...1 #VERB',
      '=work|=team|=partner with you ...1 again|=sometime|=someday|=together|=on',
      '=welcome|=appreciate|=value|=love your =support|=help|=backing|=vote|=signature|=endorsement|=eyes|=blessing',
      'would|could|will|can you #VERB|#AUX ...12 QUESTION',
      'love|like|want|need you to #VERB',
    ],
    needs: { senses: CONTEXT },
    voidedBy: ['ask', 'stock', 'user-canned', 'call-ask'],
    examples: {
      match: ["We coached rival teams last season. I'd love you to run one of the sessions.", "We met at the fair. Could you recommend a good printer?", 'Your letter on bike lanes got us talking. We would welcome your support at the council.', 'Your postmortem on the launch was our most-read link. Would you do a short Q&A for the next issue?', 'Your zine on bike repair was brilliant. Would you be willing to talk on my podcast?', 'We met at the climbing gym. Could I ask you a few questions about route setting?', 'Your talk on supply chains stuck with me. I could use a few tips on sourcing.', 'Your zine on bike repair was brilliant. Any chance you would share the templates?', 'You hired me for the museum signage job. I would love to work with you again.'],
      miss: ['Fellow York alum here. Would you be open to a coffee next week?', 'Would you be open to connecting?', 'Could I ask you a few questions about your business?', 'Would you be willing to connect with me?'],
    },
  },
  {
    move: 'reason', sense: 'own-project', says: 'says what you are working on that brings you to them',
    patterns: ['@first be #ADV? !@notProject #ING !to|because|since|as|out|in|for|with|on|at', '@first be =about to #VERB', '@first be a|an|the|our ...3 #NOUN !@notProject #ING !to|because|since|as|out'],
    needs: { senses: CONTEXT },
    voidedBy: ['network-building', 'networking-motive', 'ask', 'stock', 'user-canned'],
    examples: {
      match: ["Our kids were in the same swim class. We're a small charity drafting our first privacy policy.", 'We met at the expo. We are about to rebuild our billing.', 'Lena suggested I write. I am mapping bike lanes in Porto and she said you have the best data.', "We met at the library fundraiser. I'm now starting a reading club for teenagers."],
      miss: ["We met at the fair. I'm a designer looking to connect.", "I'm mapping bike lanes in Porto.", "We met at the fundraiser. I'm currently working at a bank.", "We met at the fundraiser. I'm always looking to connect with people.", "We met at the fundraiser. I'm writing to say hi."],
    },
  },
  {
    move: 'reason', sense: 'wants-something', says: 'says what you would like from or with them',
    patterns: [
      '@first would|will|=\'d|=wanted|=hope|=hoping ...2 love|like|enjoy|be|want|hope|=wanted to !@emptyWish #VERB',
      'would|will|=\'d ...1 welcome|value|appreciate|love ...1 your #NOUN',
    ],
    // A last resort, like specific-past: it counts only in a note that shows how you know them, and never beside an ask, a pitch or filler.
    needs: { senses: CONTEXT },
    voidedBy: ['ask', 'stock', 'user-canned', 'call-ask', 'job-ask', 'network-building', 'networking-motive', 'profile-browsing', 'pleasantry', 'mutual-benefit', ...PITCHES],
    examples: {
      match: ['You judged our robot at the science fair. I would love to tell you where we ended up.', 'Your thesis is cited in our draft code. I would welcome your comments on section four.'],
      miss: ['We met at the fair. I would love to connect with you.', "I'd love to tell you where we ended up.", 'We met at the fair. I would love to stay in touch.'],
    },
  },
  {
    move: 'reason', sense: 'asks-about-them', says: 'asks about something of theirs',
    patterns: ['^ =did|=does|=do|=has|=have|=is|=are|=was|=were|=will your|you ...10 QUESTION', '^ how =did|=was|=is|=are|=has ...5 QUESTION'],
    // Like wants-something: only once the note shows how you know them, and never beside an ask, a pitch or filler.
    needs: { senses: CONTEXT },
    voidedBy: ['ask', 'stock', 'user-canned', 'call-ask', 'job-ask', 'network-building', 'networking-motive', 'profile-browsing', 'pleasantry', 'mutual-benefit', ...PITCHES],
    examples: {
      match: ['We sheltered under the same tent at the festival. Did your council pilot ever go ahead?', 'You told me about your bakery on the train. How did the opening go?'],
      miss: ['Did you get my last message?', 'Are you open to connecting?'],
    },
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

];
