/** Move senses: how the sender knows the recipient, or came across them specifically. Notation: ../pattern.ts; the contract: MoveSense in ../moveSense.ts. */
import { CONTEXT, PITCHES, type MoveSense } from '../moveSense';
import { THEIR_TEAMS_THING, THEIR_THING, THEIRS_AMONG } from './phrases';

export const CONTEXT_MOVES: readonly MoveSense[] = [
  // ── context: how the sender knows the recipient, or came across them specifically ──
  {
    move: 'context', sense: 'met', says: 'you met or talked',
    patterns: [
      '@first|you !both ...2 =met|=spoke|=spoken|=chatted|=talked',
      '@first|you ...1 =connected at|during|over|after',
      '@first ...3 =exchanged|=traded|=swapped ...3 =comments|=messages|=emails|=replies|=dms|=notes',
      'our ...1 @encounter',
      'great|nice|good|lovely|wonderful|pleasure|fun|enjoy|glad|thank|thanks|happy|love|=loved|really ...3 =meeting|=speaking|=chatting|=talking|=connecting|=seeing|=bumping !new|=people|=other|=more|=professionals|=folks|=with',
      'great|nice|good|lovely|wonderful|pleasure|fun|enjoy|glad|thank|thanks|happy|love|=loved|really ...3 =meeting|=speaking|=chatting|=talking|=connecting|=seeing|=bumping with you|$name',
      '@first ...12 and ...1 =chatted|=talked|=met|=spoke about|at|over|during|briefly|=afterwards|=after|for',
      '^ ...3 =nice|=great|=good|=lovely|=pleasure to ...1 =meet you',
      'thanks|thank for ...2 =time|=chat|=call|=conversation|=chatting|=speaking|=talking|=meeting|=demo|=stopping|=visiting|=coffee',
      '=saw|=seeing|see you !work|live|be|base|speak|talk|present|perform|give|play|sing|demo|pitch|host|lead|run|teach ...1 at|during ...2 @event|$context|#PROPN',
      '@first be the ...4 who|that #PAST ...4 you|your',
      '@first be the ...4 you #PAST',
      '@first|you =sat|=stood|=queued|=hung|=bumped|=ran|=crossed|=shared ...12 @event|$context',
      '@first ...3 =commenting|=commented|=replying|=replied|=messaging|=messaged|=emailing|=emailed ...2 each =other',
      'we have? @reciprocal',
    ],
    examples: {
      match: ["I'm the exchange student you helped with the visa forms in 2019.", "Great connecting with you at the booth.", "I'm the nurse who looked after your mother last winter.", "I saw you at the design meetup last week.", "We've traded a few replies in the Go forum.", 'We met at the design systems meetup in March.', 'Great meeting you at the booth yesterday!', 'Loved chatting with you after the panel.', 'We sat at the same table at the climate meetup.', 'I enjoyed our chat about onboarding.', 'Thanks for your time on Tuesday.', 'Nice to meet you last night.', 'We connected over coffee at the expo.', "We've exchanged a few comments under Sam's posts.", 'We sat next to each other in the second row during the Friday keynote.', 'We shared a table at the alumni dinner.', "We've been commenting on each other's posts for months.", 'We were on the same train home from the summit and chatted about maps.', 'Great to finally meet you at the offsite.', 'We swapped numbers on the shuttle bus.', 'We argued about tabs versus spaces all evening.'],
      miss: ["I saw you speak at the Porto data festival.", "I love connecting with people who share my passion for design.", 'We both spoke at PyCon Lisbon.', "We haven't met yet.", 'I love meeting new people.', 'I read your post and talked to my team.', 'It would be great to connect.', 'I would love to meet for coffee sometime?', 'We are both in the fintech industry.', "I see we're both connected to Omar.", 'I see you work at Initech.', 'We were founded in 2019.', 'We have partnered with 40 clinics.'],
    },
  },
  {
    move: 'context', sense: 'their-content', says: 'mentions something they made or said',
    patterns: [
      'your ...2 @content|$context',
      '@first ...2 =using|=used|=use|=relied|=rely|=run|=running your ...4 @content',
      'your ...1 =work ...3 =on|=with|=around|=behind|=building|=leading',
      'your #NOUN|#PROPN|$ =work',
      '=saw|=heard|=watched|=caught|=read|see|hear|watch you =speak|=present|=talk|=speaking|=presenting|=talking|=interviewed|=demo',
      'you =posted|=wrote|=shared|=published|=mentioned|=said|=spoke|=presented|=answered|=commented|=recommended|=gave|=hosted|=organized|=ran|=led|=taught',
      'thanks|thank for ...3 =words|=feedback|=kudos|=shoutout|=endorsement|=support|=encouragement|=comments|=note|=review|=reviews',
      `@receive ...3 ${THEIR_THING}`,
      '@first =was|=were ...6 in|at your ...3 #NOUN|#PROPN',
      'your =name|=signature|=initials|=handwriting|=notes|=comments be ...1 on|in|all|everywhere',
      '=heard|=saw|=watched|=caught|=read you on|in|at ...3 @content|@event|#PROPN',
      `${THEIR_THING} ...10 @appraisal`,
      `^ ${THEIR_THING}`,
      `^ ${THEIR_TEAMS_THING}`,
      `${THEIR_TEAMS_THING} ...10 @appraisal`,
      `and|but|because|since|so ${THEIR_THING} ...6 #VERB|#AUX`,
      THEIRS_AMONG,
      'thanks|thank for ...2 =answering|=replying|=commenting|=responding|=sharing|=posting|=writing|=hosting|=organizing|=running|=presenting|=speaking|=tip|=tips|=answer|=reply|=pointer|=mention|=talk|=session|=webinar|=post|=article|=comment',
    ],
    voidedBy: PITCHES,
    examples: {
      match: ["Thanks for the generous code review on my first pull request.", "Your name is on every maintenance log I've inherited.", "Your team's incident report on the March outage is the best writing on on-call I know.", "I think your team's incident report was brilliant.", "I heard you on the Food Bytes podcast.", "I was one of the thirty people in your bread-baking class.", "I keep returning to your parser work.", 'I picked up your cookbook at the market stall.', 'I run a small zine and your review of the festival was our most-read piece.', 'Your letter to the paper about bus routes got our street talking.', 'Your thread on flaky tests saved my week.', 'I read your piece about pricing pages.', 'I heard you speak at the data meetup.', 'You mentioned a reading list in the podcast.', 'Your work on the accessibility audit was great.', 'Thanks for answering my question in the forum.', 'Thanks for the kind words on my poster!', 'I found your GitHub issue about the memory leak.', 'Loved your [post/article] on hiring.', "I've been using your open-source charting library for years.", "I've been following your bakery's second-site expansion.", 'Your expense-report template fixed our month-end close.', 'I inherited your volunteer rota spreadsheet.', 'Of all the submissions, yours on tidal energy stood out.'],
      miss: ["I saw your profile pop up in my feed.", 'Your sales reps deserve better tools.', 'I really like your work.', 'Your experience at Acme is impressive.', 'I came across your profile.', "We've saved clinics your size 30% on billing.", "I'd love to hear your thoughts on hiring.", 'I like your approach to leadership.', 'I saw your team is growing.', 'We can cut your ad spend in half.'],
    },
  },
  {
    move: 'context', sense: 'their-act', says: 'names something they did',
    patterns: [
      '^ you !@copula #PAST !at|in|from|for|with|=based|=located|=born|=raised|=situated|=worked|=studied|=graduated|=went|=lived',
      '!how|what|why|where|whether|if * you !@copula #PAST !at|in|from|for|with|=based|=located|=born|=raised|=situated|=worked|=studied|=graduated|=went|=lived',
      'thanks|thank =again|you for =letting|=having|=hosting|=inviting|=taking|=showing|=giving|=helping|=lending|=introducing|=including|=welcoming|=featuring|=mentoring|=interviewing|=reviewing|=covering|=sponsoring|=answering|=explaining',
      'the|a|an ...3 @content|@group|@event ...1 you =teach|=run|=host|=lead|=organise|=organize|=started|=founded|=wrote|=gave|=made|=built|=ran|=taught|=led',
    ],
    voidedBy: ['profile-browsing'],
    examples: {
      match: ["Thanks again for letting me sit in on your clinic.", 'I noticed you fixed half the typos in the docs.', 'You lent me your charger at 3am.', "I'm taking the statistics course you teach online.", 'I joined the product community you started.', 'You reviewed my pitch at demo day.'],
      miss: ["You came up in my suggestions.", "Thanks for reading.", 'I saw you worked at Initech.', "You're based in Leeds.", 'You seemed like a good fit for my network.', "I'd love to hear how you built your business.", 'You have an impressive background.', 'I noticed you studied in Leeds.'],
    },
  },
  {
    move: 'context', sense: 'specific-past', says: 'recalls something particular between you',
    patterns: [
      'you|we ...6 #PAST ...8 !linkedin #PROPN|@pastTime|#NUM|@event',
      'your !@aboutAnyone ...6 #PAST ...8 !linkedin #PROPN|@pastTime|#NUM',
      '@first #PAST ...6 you ...8 !linkedin #PROPN|@pastTime|#NUM|@event',
      '@first #PAST ...6 your !@aboutAnyone ...8 !linkedin #PROPN|@pastTime|#NUM',
    ],
    // A last resort: it stands only where no other sense of context, and nothing that names no one, was read.
    voidedBy: ['profile-fact', 'profile-browsing', 'pleasantry', 'stock', 'ask', 'user-canned', ...PITCHES, 'call-ask', 'job-ask', ...CONTEXT.filter((s) => s !== 'specific-past')],
    examples: {
      match: ['On Sunday your stall sold out before noon at the Camden market.', 'I tasted your chilli at the Hackney food fair in May.', 'I saw you crossing the finish line in Berlin.', 'We got caught in the rain outside the Utrecht station.', 'I asked you about sourdough starters at the Saturday market.'],
      miss: ['I noticed your background in logistics.', 'I saw you worked at Initech.', 'We helped Acme cut costs by 30% last year.', 'I came across your profile yesterday.'],
    },
  },
  {
    move: 'context', sense: 'mutual', says: 'names someone you both know',
    patterns: [
      '$mutual',
      '!linkedin|=algorithm|=google|=navigator|=feed $name|$other|#PROPN ...5 =suggested|=mentioned|=recommended|=introduced|=told|=referred|=pointed|=raved|=said',
      '=introduced|=referred us|me',
      'he|she =said|=says|=mentioned|=suggested|=told|=recommended me? you|your',
      'both ...1 connect|know|follow to|with? $|#PROPN',
      'mutual =friend|=connection|=colleague|=contact|=acquaintance =,? $|#PROPN',
      '@first be =connected with|to $|#PROPN',
      '$|#PROPN and =i|=me ...2 both ...1 =connected|=know|=follow',
    ],
    examples: {
      match: ["I'm taking over from Luis. He said you know the billing code best.", "{{mutual}} said we should talk.", "I'm connected to Lena from the choir.", 'Priya suggested I reach out.', 'Ravi from the product guild mentioned your name.', 'Our mutual friend Dana thought we should talk.', "I see we're both connected to Omar.", 'Omar introduced us last spring.', 'Tomas and I are both connected with you.'],
      miss: ['LinkedIn suggested your profile to me.', 'We have a few mutual connections.', 'I would love to connect.'],
    },
  },
  {
    move: 'context', sense: 'shared-group', says: 'names a group, school or event you share',
    patterns: [
      '=fellow ...2 @group|$context',
      '^ =fellow !=professional|=professionals ...2 #NOUN|$position|$self',
      'as a? =fellow !=professional|=professionals ...2 #NOUN|$position|$self',
      'both|same ...2 @group|@event|=attended|=studied|=graduated|=went|=volunteered|=belong|=worked|=company|=course|=conference',
      '@first be also|too a|an? ...1 @group',
      '@first be a|an @group of|at|in ...5 =too|=also',
      'in the same ...6 @group|@event',
      '@first =were ...1 @group|=neighbours|=neighbors|=roommates|=flatmates|=classmates|=teammates|=seatmates',
      '@first be both? at|in the? ...2 @event|$context',
      '@first be =matched|=paired|=partnered|=grouped ...4 @group|=partners|=buddies|=mentor|=mentee',
      '@first be both in|on|at the? ...4 @group|@event',
      'we both? =were ...8 at|during|in ...3 @event|$context',
      '@first be both #NOUN ...1 in|at|of|for ...3 @event|$context',
      '@first #PAST|=were ...2 =opposing|=rival|=competing|=neighbouring|=neighboring|=sister|=partner ...2 #NOUN',
      '=both =spoke|=presented|=exhibited|=performed|=pitched|=competed|=talked at|in|on',
    ],
    examples: {
      match: ["We were both panellists at the Nairobi tech week last year.", "Our daughters play in the same under-12 orchestra in Leipzig.", "I'm a member of the Porto running club too.", "We coached rival netball teams in the city league.", 'We were both finalists in the regional design awards.', 'We both spoke at PyCon Lisbon.', 'We were on the same side of the panel debate at the climate summit.', 'We were both at the Lisbon summit.', 'We were both mentors at the spring hackathon.', 'Fellow bootcamp alum here.', 'We both studied at Leeds.', "I'm also a member of the Rust guild.", 'We were in the same cohort.', 'We played in the same five-a-side league.', 'We were neighbours at the hackathon.', 'As a fellow nurse I know the hours.', 'We were matched as accountability partners in the writing cohort.', "We're both in the Women in Product Slack."],
      miss: ['Fellow professional here.', 'We both work in marketing.', 'I want to meet more fellow founders.'],
    },
  },
  {
    move: 'context', sense: 'worked-together', says: 'says you worked together',
    patterns: [
      '=worked|=working|work|=collaborated|=collaborating together|alongside',
      '@first =were ...2 #NOUN|#VERB =together',
      '=worked|=working|=collaborated with you',
      'former|=formerly|old ...1 =colleague|=colleagues|=teammate|=teammates|=coworker|=coworkers|=manager|=boss|=classmate|=roommate',
      'used to work with|at|together',
      '@first will be =working|=collaborating with you|your',
      '=overlapped|=overlap at|in|on|during',
      'you =were|=was my ...2 =instructor|=teacher|=coach|=mentor|=manager|=boss|=lecturer|=tutor|=supervisor|=trainer|=professor|=examiner|=editor|=landlord|=doctor|=nurse|@group',
      '@first !see|read|watch|hear|notice|find|spot|discover|stumble|come|land|post|comment|write|follow|like|love|enjoy|admire #PAST ...6 for|on|in|of your ...3 #NOUN|#PROPN',
      '@first =was|=were|be your ...2 =student|=students|=intern|=interns|=mentee|=trainee|=apprentice|=tenant|=patient|=client|=neighbour|=neighbor|=report|=assistant|=tutee|=pupil',
      '@first will? be your ...2 =contact|=counterpart|=liaison|=manager|=lead|=colleague|=teammate|=mentor|=buddy|=coordinator|=point|=onboarding',
      '@first =reviewed|=merged|=approved|=edited|=triaged|=answered|=graded|=marked your',
    ],
    examples: {
      match: ["We were interns together at the European Commission in 2014.", "I reviewed the Dutch translation of your security handbook.", "You were my instructor on the sailing course last August.", "I played viola in the pit for your production of Tosca.", "I worked with you on the grant bid.", "We used to work together at the bakery.", 'I was your student in the night pottery class.', "We're working together on the billing migration.", "I'll be working with your team on the pilot.", 'We worked together at Initech.', 'Former teammate from the mobile squad!', 'We overlapped at Globex for two years.', "I'll be your main contact for the audit.", 'I reviewed your pull request on the parser last week.'],
      miss: ["I saw a post on your page.", 'I work with fintech founders.', 'I can be your partner in growth.', 'I read your article.'],
    },
  },
  {
    move: 'context', sense: 'succeeded-them', says: 'says you took over their role or work',
    patterns: ['@first ...2 =took|=taking|=take|=inherited|=inheriting ...6 =that|=which? you =held|=had|=led|=ran|=built|=started|=wrote', '@first ...2 =succeeded|=succeeding|=replaced|=replacing you', '=inherited|=inheriting your'],
    examples: { match: ["I succeeded you as treasurer of the club.", 'I took over the partnerships role that you held before Oslo.', 'My team inherited your churn model.'], miss: ['I took over the project last year.'] },
  },
  {
    move: 'context', sense: 'doing-now', says: 'names something they are doing',
    patterns: [
      'see|notice|hear|read|learn|spot|know|=saw|=noticed|=heard ...2 you|your|$company|$name|$|#PROPN ...1 be|have ...1 @doing #NOUN|#PROPN|#ADP|#DET|#NUM|#ADJ|$',
      'see|notice|hear|read|=saw|=noticed|=heard !how|what|why|where|whether|if|when ...2 you|$company|$|#PROPN ...1 =joined|=launched|=started|=moved|=published|=raised|=won|=wrote|=released|=shipped|=opened|=announced|=closed|=hired|=took',
      'congrats|congratulations|congratulate on|to',
      'since|because|as you =own|=run|=lead|=maintain|=organise|=organize|=host|=chair|=coordinate the|our|$company|$',
      'how|what be you|your|$company ...2 =planning|=thinking|=approaching|=handling|=tackling|=managing|=scaling|=hiring|=training|=building|=preparing',
    ],
    examples: {
      match: ["Saw you're hiring two designers.", "Since you own the billing service, I'd like to sync.", 'I noticed your team is expanding into Ohio.', 'Congrats on the new role!', 'I heard you just launched the beta.', 'How are you planning to staff the new clinic?'],
      miss: ["I noticed your company is growing.", "I saw you're based in Denver.", 'I noticed you work at Acme.', "I'd like to learn how you got started.", 'I read how you started the company.'],
    },
  },
  {
    move: 'context', sense: 'found-searching', says: 'says what you were looking for when you found them',
    patterns: ['while|when =researching|=looking|=searching|=hunting ...4 #NOUN|#PROPN|$'],
    examples: {
      match: ['I came across your profile while researching accessibility consultants in Toronto.', 'I found you when searching for people who run library makerspaces.'],
      miss: ['I came across your profile.', 'While I was at it, I wrote a note.'],
    },
  },
  {
    move: 'context', sense: 'context-slot', says: 'a placeholder for how you know them',
    patterns: ['$context'],
    examples: { match: ['We met at {{where-met}}.', 'Hi, {{shared_context}}.'], miss: ['Hi {{name}},'] },
  },

];
