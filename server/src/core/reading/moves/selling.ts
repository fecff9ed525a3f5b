/** Move senses: pitches and favours, asking a stranger for something. Notation: ../pattern.ts; the contract: MoveSense in ../moveSense.ts. */
import { TIED, type MoveSense } from '../moveSense';

export const SELLING_MOVES: readonly MoveSense[] = [
  // ── pitch: selling to a stranger ──
  {
    move: 'pitch', sense: 'help-audience', says: 'says what you do for companies like theirs',
    patterns: [
      'help|=helped|=helping|assist|enable|empower|serve ...2 @audience|$company|$pitch',
      'help|=helped|=helping you|your ...3 @outcome',
      '@first work|partner|=working|=partnering with ...4 @audience',
      '@first =provide|=offer|=deliver|=sell|=supply|=supplies|=provides|=offers ...4 for|to @audience',
      '=for =hire',
      '@first be a|an ...3 =agency|=firm|=studio|=consultancy|=shop|=company|=startup|=team|=provider|=partner|=vendor|=consultant|=freelancer that|which|who #VERB',
      '@first =coach|=train|=advise|=mentor|=teach ...2 @audience ...4 @outcome',
      '@first ...2 =specialize|=specializes|=specialise|=specialising|=specializing ...8 for|to @audience|=you|=yours',
      'help|=helped|=helping|serve|=serving ...2 #NOUN like =you|=yours',
      'work with ...2 #NOUN like =you|=yours',
    ],
    examples: {
      match: ["I run a cleaning company serving offices in Leeds.", "I'm a web developer for hire.", "We provide outsourced payroll for teams of 10-50.", "We can help you double your bookings.", "I work with founders like you.", "We're a small studio that builds Shopify stores for bakeries.", 'We help dental clinics fill their calendars.', 'I help founders like you close their seed round.', 'I help photographers like you sell prints.', 'I work with SaaS teams on churn.', 'We partner with fast-growing companies to simplify hiring.', 'I coach founders to double their sales.', 'We specialize in payroll for restaurants like yours.'],
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
    patterns: [
      '@outcome ...5 @gain',
      '@first ...3 =helped|=saved|=grew|=generated|=increased|=boosted|=cut|=reduced|=doubled|=tripled|=lifted|=raised ...4 #NUM|@gain',
      'save|=saves|=saved|=saving|cut|=cuts|=reduce|=reduces ...3 #NUM ...1 =hours|=hour|=days|=minutes|=weeks|=percent|%',
      'help|=helped|=helping ...4 @outcome ...3 #NUM',
    ],
    examples: { match: ['Our tool cuts onboarding time in half.', 'We helped 30 agencies grow revenue.', 'It saves clinic staff 6 hours a week.', "We've cut no-shows by 40% for our clinics.", 'I help tutors get 20 new students a term.'], miss: ['I have been building search systems for years.', 'Your tip saved me hours.'] },
  },
  {
    move: 'pitch', sense: 'offer', says: 'offers something to win their attention',
    patterns: [
      '=offer you a|an|my|our',
      'paid ...1 @event|=roundtable|=membership|=program|=programme|=course|=workshop|=mastermind|=community',
      '=fee|=ticket|=tickets|=price =includes|=include|=covers',
      '=see|=seeing|=look|=review our|my ...2 =deck|=pitch|=proposal|=portfolio|=case|=rates',
      '#NUM ...1 =off your|=the|=a|=our',
      '#NUM =%|=percent =off',
      '=send|=sending|=attach|=attached|=attaching ...2 our|my ...1 =price|=prices|=catalogue|=catalog|=brochure|=rates|=rate|=menu|=deck',
      '=discount|=coupon|=promo =code|=for',
      'free ...2 =month|=week|=trial|=session|=lesson|=hour|=months|=weeks',
      'you ...1 need|want =help with|on ...3 QUESTION',
      '=looking|=seeking|=raising for? =investors|=investment|=funding|=capital',
      '@offer|=membership|=access|=entry|=setup|=onboarding be ...1 =free',
      'invite|=inviting you to|into our|my ...3 =community|=group|=program|=programme|=club|=mastermind|=circle|=network|=webinar|=event',
      'tell|show you ...2 about our|my',
      'free|=complimentary|=no-cost @offer|=call|=consultation|=demo|=trial|=audit|=session|=review|=strategy|=coaching|=estimate',
      '@first have|=put|=wrote|=created|=built|=prepared|=finished|=made|=published ...3 a|an ...2 @offer',
      '^ =want =it|=one|=a|=the ...2 QUESTION',
      'something|=solution|=tool|=product ...4 interest|help|benefit|useful|valuable you|your',
      'share|show ...1 how @first|our',
      '=show you how END',
      'our|my !=partner|=partners ...1 @offering',
      'need|want ...2 =help with|on your|=yours',
      'a|an|our|my|quick|short|free|live|personalized|personalised ...1 =demo|=demos|=walkthrough',
      'book|schedule|set|=show ...2 a|an ...1 =demo|=demos|=walkthrough',
      '@first ...1 =built|=created|=developed|=launched|=made|=designed a|an ...2 =tool|=platform|=app|=integration|=product|=solution|=software|=plugin|=service|=system that|which|to',
      '=have you =join|=joining',
      '=spots|=seats|=places|=slots be ...1 =limited|=filling',
      '=limited ...3 =spots|=seats|=places|=slots|=spaces|=availability',
      '^ we be =offering',
      '=want|=like me to ...1 =send|=save|=hold|=reserve|=forward|=share',
      'send|give|gift|mail|show you ...3 =quote|=estimate|=proposal|=examples|=samples|=case|=portfolio|=work|=rates|=copy|=sample|=ebook|=e-book|=book|=report|=guide|=deck|=trial !@first|=that|=which|=we',
      '@first ...2 =book ...5 =out|=published|=released|=launching|=launched|=available',
      '=join|=joining our|my ...2 =community|=group|=program|=programme|=cohort|=club|=mastermind|=circle|=newsletter|=webinar|=waitlist|=beta',
    ],
    examples: {
      match: ["We'd love to give you a quote.", "Join our paid workshop on pricing.", "Here is a discount code for your first order.", "Want a copy?", "Let's schedule a quick demo.", 'I have a free checklist for audits.', 'Shout if you ever need help with yours.', 'Can I book you in for a quick demo?', 'Happy to offer you a free session.', 'We built an integration that syncs your CRM.', "We've built a tool that does exactly that.", 'Would love to have you join.', 'Come join our community of founders.', 'I put together a short guide on churn.', 'Spots are limited.', 'The fee includes dinner.', 'Would you be interested in seeing our pitch deck?', "Here's 20% off your first order.", 'We offer a free first month for new clients.', 'Do you need help with bookkeeping?', "I'm looking for investors for my startup.", 'Happy to offer you a complimentary review.', 'Membership is free for the first month.', "I'd like to invite you to our community of CFOs.", "I'd love to tell you more about our influencer platform.", 'Want me to save you one?', "I'd love to send you a signed copy.", 'My new book on pricing just came out.', "I'm working on something that might interest you.", "I'd love to show you how we do it.", 'Can I show you how?', 'Our platform fixes this.', "We're offering a limited number of seats in our bootcamp.", "As promised, I'm sending over our price list.", 'We can do 15% off any order this week.'],
      miss: ["I'd love to send you the tile book I mentioned.", 'I have a question about your talk.', 'Our conversation stuck with me.', 'Thanks for the demo of your compiler.', "I'm moving to Leeds with my partner."],
    },
  },
  {
    move: 'pitch', sense: 'recruiting', says: 'recruits them',
    patterns: ['we be ...1 =hiring|=recruiting|=looking|=searching|=seeking', '@first be ...1 =hiring|=recruiting', 'open|interested to|in =hearing|=learning more ...2 QUESTION', '@first be a|an ...2 =recruiter|=headhunter|=sourcer|=recruiting', '@job ...3 =matches|=fits|=suits|=match|=fit|=suit your ...2 =background|=profile|=experience|=skills|=skillset', 'exciting|great|perfect|ideal|potential|amazing|unique ...1 =fit|=opportunity|=opportunities|=role|=position|=opening|=partnership|=collaboration', 'perfect|ideal =fit? for our|my'],
    examples: { match: ["You'd be perfect for our platform team.", "We're hiring a head of data.", "I'm a recruiter with a staffing agency.", 'I have a CTO role that matches your background.', "You'd be a great fit for a role I'm filling.", "I'm hiring a data engineer for a remote team.", 'Open to hearing more?'], miss: ['Congrats on your new role.', "I'd be interested in hearing more about your research."] },
  },
  {
    move: 'pitch', sense: 'worth-ask', says: "asks if it's worth their time",
    patterns: ['^ ...1 =want|=like|=care to =hear|=learn|=know|=see =more ...1 QUESTION', 'worth ...2 =connecting|=a|=chat|=conversation|=call|=talking|=exploring|=discussing|=it|=minutes|#NUM|=your'],
    examples: { match: ['Want to hear more?', 'Worth a quick chat?', 'Worth connecting?'], miss: ['Your talk was worth the trip.'] },
  },
  {
    move: 'pitch', sense: 'outcome-for-you', says: 'promises to improve their numbers',
    patterns: ['can|could =get|=find|=save you a? =better|=lower|=cheaper|=bigger|=more', '@outcome your ...1 =revenue|=sales|=pipeline|=roi|=growth|=costs|=conversion|=leads|=margins|=business|=efficiency|=output|=retention|=churn|=bookings|=traffic'],
    examples: { match: ['I can get you a better rate than your bank.', 'We can double your pipeline.'], miss: ['Your growth is impressive.'] },
  },
  {
    move: 'pitch', sense: 'own-link', says: 'points them to your portfolio, site or calendar',
    patterns: ['here|check|=link|=linked|visit|=browse ...2 my|our ...1 =portfolio|=website|=site|=calendar|=calendly|=deck|=reel|=shop|=store|=page'],
    examples: { match: ["Here's my portfolio: example.com", 'Check out my website when you have a minute.', 'Here is our calendar link.'], miss: ['Here is my question.', 'I checked your website.'] },
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
      '^ =open|=available|=free to|for ...2 @call ...3 QUESTION',
      '=coffee|=lunch|=drinks|=call|=chat|=catch-up next|this|sometime|soon|later',
    ],
    unless: { senses: TIED, then: { move: 'next-step', sense: 'meet-again', says: 'proposes meeting again' } },
    examples: {
      match: ["Open to a conversation?", "I'd love to chat about your roadmap.", "Could I have ten minutes of your time?", 'Would you be open to a quick call next week?', "Let's grab a coffee sometime.", 'Do you have 15 minutes this week?', 'Coffee next Friday?'],
      miss: ['Would you be open to connecting?', 'We had coffee last week.'],
    },
  },
  {
    move: 'favour', sense: 'job-ask', says: 'asks about jobs or for a referral',
    patterns: [
      'be you|your|=anyone|$company ...2 =hiring|=recruiting QUESTION',
      'any|=open @job ...4 QUESTION',
      'send|share|attach|=attached|forward|look|review|see|pass|give|hand|submit|route ...3 my|the ...1 =resume|=cv|=résumé|=portfolio',
      '=refer me', '=referral|=referrals|=vouch',
      'know =anyone|=someone|=somebody ...1 =hiring|=recruiting',
      'good =word',
      '=introduce =me|=us',
      'a|an =intro|=introduction to',
      '@first ...3 =applied|=applying for ...3 @job|$position|$',
      'hire =me',
      '=informational =interview|=interviews|=chat',
    ],
    examples: {
      match: ["Any open roles on your team?", "Could you put in a good word for me?", "Could you make an intro to your CTO?", "Please consider hiring me.", 'Is your team hiring?', "I'd be grateful for a referral.", "I've attached my resume.", 'Could you refer me for the role?', 'Do you know anyone hiring at Initech?', 'Could you introduce me to your CTO?', 'Could you pass my CV to the hiring manager?', 'I applied for the analyst role last week.', 'Fellow alum here. Could we do an informational interview?'],
      miss: ["Saw you're hiring two designers."],
    },
  },

];
