import { testRule } from '../ruleTester';

testRule('salesy', {
  valid: [
    "Hi Mary, we met at last month's networking happy hour. I'd love to connect on LinkedIn to exchange career advice and industry insights.",
    "Hi Amy, enjoyed speaking at last week's virtual job fair. I'd love to connect here on LinkedIn to continue our conversation and stay in touch about roles at Company X.",
    "Hi Ana, we met at the mixer. I'd love to buy you a coffee and hear how you built the team.",
    'Hi Ana, I loved your talk on pricing strategy at the summit.',
    'Hi Roi, we met at the mixer.',
    'Hi Ana, we met at the summit. Would you be open to a call next week about your research?',
    'Hi Ana, your post on discount retail was sharp.',
    "Hi Jon, I'm relocating to Leeds with my partner. Priya said you know the local scene, and I'd love to buy you a coffee once I'm there.",
    "Hi Jan, we argued about tabs versus spaces at the meetup. Let's keep the debate going over lunch sometime.",
    "Hi Jan, I replaced you as volunteer coordinator at the food bank. Could we grab a coffee so I can ask about the donors?",
    "Hi Leila, we talked about tile patterns the whole flight. I'd love to send you the tile book I mentioned.",
    "Hi Ben, Sara Lind recommended you as the person to ask about cold-chain logistics. Would you have half an hour next week?",
    "Hi Ola, I'm the student you helped with the bank forms at the town hall. I wanted to thank you properly.",
    "Hi {{name}}, I'm passionate about sustainability and always keen to meet others who are too.",
    "Hello Ola, you examined my thesis in Wroclaw. I've since published the work and would like to send you a copy.",
    "Hi Ola, I finished your negotiation course. I used the script last week and got a 12% raise. Thank you!",
    "Hi Ola, I spoke after you at the book fair. Feel free to call me if you have questions about the talk.",
    "Hi Ola, your thesis is cited in our draft code. I'm on the drafting committee and would welcome your comments.",
    "Hi Ola, I read your column on apprenticeships. As someone who hires apprentices in Leeds, I agreed with every word.",
  ],
  invalid: [
    {
      name: "whether their firm takes interns",
      text: "Hi {{name}}, could you let me know if your firm takes interns?",
      errors: [{ at: "your firm takes interns" }],
    },
    {
      name: "rates with a number",
      text: "Hi {{name}}, we're a dev shop with rates 40% below the UK.",
      errors: [{ at: "rates 40" }],
    },
    {
      name: "on the house",
      text: "Hi {{name}}, your first week is on us!",
      errors: [{ at: "is on us" }],
    },
    {
      name: "a seat saved",
      text: "Hi {{name}}, can I save you a seat?",
      errors: [{ at: "save you a seat" }],
    },
    {
      name: "a webinar for a kind of client",
      text: "Hi {{name}}, I'm hosting a webinar on AI for HR leaders next Thursday.",
      errors: [{ at: "I'm hosting a webinar on AI for HR leaders" }],
    },
    {
      name: "the founder of a service for a kind of client",
      text: "Hi {{name}}, I'm the founder of a meal-prep service for busy professionals.",
      errors: [{ at: "I'm the founder of a meal-prep service for busy professionals" }],
    },
    {
      name: "put in touch",
      text: "Hi {{name}}, could you put me in touch with your marketing director?",
      errors: [{ at: "put me in touch with" }],
    },
    {
      name: "a quote",
      text: "Hi {{name}}, happy to send a quote.",
      errors: [{ at: "send a quote" }],
    },
    {
      name: "help for their team, if it ever needs it",
      text: "Hi {{name}}, if your team ever needs help with content, let me know.",
      errors: [{ at: "if your team ever needs help" }],
    },
    {
      name: "asking to be considered",
      text: "Hi {{name}}, I'd love to be considered for a role on your team.",
      errors: [{ at: "be considered for" }],
    },
    {
      name: "a free review, however long",
      text: "Hi {{name}}, I'm offering a free 30-minute profile review for executives this month.",
      errors: [{ at: "free 30-minute profile review" }],
    },
    {
      name: "a referral asked for",
      text: "Hi {{name}}, would you consider referring me?",
      errors: [{ at: "referring me" }],
    },
    {
      name: "availability for hire",
      text: "Hi {{name}}, I'm a wedding photographer with availability next summer.",
      errors: [{ at: "I'm a wedding photographer with availability" }],
    },
    {
      name: "fishing through their contacts",
      text: "Hi {{name}}, let me know if anyone you know is getting married!",
      errors: [{ at: "anyone you know is" }],
    },
    {
      name: "supporting a kind of client",
      text: "Hi {{name}}, I'm a virtual assistant supporting busy executives with their calendars.",
      errors: [{ at: "I'm a virtual assistant supporting busy executives" }],
    },
    {
      name: "a hand offered to a stranger",
      text: "Hi {{name}}, need a hand?",
      errors: [{ at: "need a hand" }],
    },
    {
      name: "a fee for a spot",
      text: "Hi {{name}}, I charge a small fee for guest spots on my podcast.",
      errors: [{ at: "charge a small fee for guest spots" }],
    },
    {
      name: "a copy of your book to a stranger",
      text: "Hi {{name}}, I'd love to send you a signed copy of my book.",
      errors: [{ at: "send you a signed copy" }],
    },
    {
      name: "a service being launched",
      text: "Hi {{name}}, we're launching a fractional CFO service for seed-stage startups.",
      errors: [{ at: "we're launching a fractional CFO service for" }],
    },
    {
      name: "early access",
      text: "Hi {{name}}, would you like early access?",
      errors: [{ at: "early access" }],
    },
    {
      name: "writing for a kind of client",
      text: "Hi {{name}}, I write LinkedIn posts for busy founders.",
      errors: [{ at: "I write LinkedIn posts for busy founders" }],
    },
    {
      name: "offering to do the work",
      text: "Hi {{name}}, want me to draft one for you?",
      errors: [{ at: "want me to draft" }],
    },
    {
      name: "a price",
      text: "Hi {{name}}, our coworking space has desks from \u00a399 a month.",
      errors: [{ at: "\u00a399 a month" }],
    },
    {
      name: "a trade offered to a kind of client",
      text: "Hi {{name}}, I'm a photographer offering headshots for executives.",
      errors: [{ at: "I'm a photographer offering headshots for executives" }],
    },
    {
      name: "rates",
      text: "Hi {{name}}, happy to share my rates.",
      errors: [{ at: "share my rates" }],
    },
    {
      name: "a demo with its length",
      text: "Hi {{name}}, fancy a 10-minute demo?",
      errors: [{ at: "a 10-minute demo" }],
    },
    {
      name: "help with something you sell",
      text: "Hi {{name}}, let me know if you need help with this year's return.",
      errors: [{ at: "if you need help with this year" }],
    },
    {
      name: "asking a stranger to mentor you",
      text: "Hi {{name}}, would you be willing to mentor me?",
      errors: [{ at: "mentor me" }],
    },
    {
      name: "a coach working with a kind of client",
      text: "Hi {{name}}, I'm a life coach working with burnt-out founders.",
      errors: [{ at: "I'm a life coach working with burnt-out founders" }],
    },
    {
      name: "places left in a programme",
      text: "Hi {{name}}, my next group programme starts in May, and there are three places left.",
      errors: [{ at: "my next group programme starts in May, and there are three places left" }],
    },
    {
      name: "their current provider",
      text: "Hi {{name}}, are you happy with your current payroll provider?",
      errors: [{ at: "happy with your current payroll provider" }],
    },
    {
      name: "walking them through our app",
      text: "Hi Noor, we met at the expo. I'd love to walk you through our new tenant app.",
      errors: [{ at: "walk you through our" }],
    },
    {
      name: "firms switched",
      text: "Hi {{name}}, we've switched 120 firms in the last year alone.",
      errors: [{ at: "we've switched 120" }],
    },
    {
      name: "a quote",
      text: "Hi {{name}}, we'd love to give you a quote.",
      errors: [{ at: "give you a quote" }],
    },
    {
      name: "what we provide, and to whom",
      text: "Hi {{name}}, we provide outsourced payroll for teams of 10-50.",
      errors: [{ at: "we provide outsourced payroll for teams" }],
    },
    {
      name: "for hire",
      text: "Hi {{name}}, I'm a web developer for hire.",
      errors: [{ at: "for hire" }],
    },
    {
      name: "whom the company serves",
      text: "Hi {{name}}, I run a cleaning company serving offices in Leeds.",
      errors: [{ at: "serving offices" }],
    },
    {
      name: "a call asked of a stranger, in two words",
      text: "Hi {{name}}, open to a conversation?",
      errors: [{ at: "open to a conversation" }],
    },
    {
      name: "what our studio does",
      text: "Hi {{name}}, we're a small studio that builds Shopify stores for bakeries.",
      errors: [{ at: "we're a small studio that builds" }],
    },
    {
      name: "a better rate, and more",
      text: "Hi {{name}}, I can get you a better rate than your bank. Want to hear more?",
      errors: [{ at: "can get you a better" }, { at: "Want to hear more" }],
    },
    {
      name: "a referral",
      text: "Hi {{name}}, I'd be grateful for a referral to your hiring team.",
      errors: [{ at: "referral" }],
    },
    {
      name: "scarce seats",
      text: "Hi {{name}}, we're offering a limited number of seats in our leadership bootcamp. Interested?",
      errors: [{ at: "we're offering a limited number of seats" }],
    },
    {
      name: "a price list after a meeting",
      text: "Hi Jan, good to meet you at the trade fair. As promised, I'm sending over our price list.",
      errors: [{ at: "sending over our price" }],
    },
    {
      name: "a percentage off",
      text: "Hi Jan, we can do 15% off any order this week.",
      errors: [{ at: "15% off" }],
    },
    {
      name: 'a discount, a free month, a paid event, a pitch deck',
      text: "Hi {{name}}, here's 20% off your first order. We offer a free first month. The fee includes dinner. Would you like to see our pitch deck?",
      errors: [{ at: '20% off your' }, { at: 'free first month' }, { at: 'fee includes' }, { at: 'see our pitch deck' }],
    },
    {
      name: 'a complimentary review offered',
      text: "Hey {{first-name}}, I'm a financial advisor for tech employees. Happy to offer you a complimentary review.",
      errors: [{ at: 'offer you a complimentary review' }],
    },
    {
      name: 'an invitation into your community, free at first',
      text: "Hi {{name}}, I'd like to invite you to our exclusive community of CFOs. Membership is free for the first month.",
      errors: [{ at: 'invite you to our exclusive community' }, { at: 'Membership is free' }],
    },
    {
      name: 'asking whether anyone is hiring',
      text: "Hi, I'm a software engineer looking for my next role. Do you know anyone hiring at {{company}}?",
      errors: [{ at: 'know anyone hiring' }],
    },
    {
      name: 'a result with a number, and "can I show you how?"',
      text: "Hi {{name}}, we've cut no-shows by 40% for 200 clinics. Can I show you how?",
      errors: [{ at: "we've cut no-shows by 40%" }, { at: 'show you how' }],
    },
    {
      name: 'a recruiter with a role that fits their background',
      text: "Hi {{first-name}}, I'm a recruiter with a staffing firm and I have a remote CTO role that matches your background perfectly. Interested?",
      errors: [{ at: "I'm a recruiter with a staffing firm and I have a remote CTO role that matches your background", message: /recruits them/ }],
    },
    {
      name: 'scarcity and an offer to hold a place',
      text: "Hi {{name}}, I'm starting a mastermind for new managers. Spots are limited. Want me to save you one?",
      errors: [{ at: 'Spots are limited' }, { at: 'Want me to save' }],
    },
    {
      name: 'a copy of your own book',
      text: "Hi Ana, my new book on pricing just came out and I'd love to send you a signed copy.",
      errors: [{ at: "my new book on pricing just came out and I'd love to send you a signed copy" }],
    },
    {
      name: 'a link to your own portfolio or site',
      text: "Hi Ana, I'm a freelance illustrator. Here's my portfolio: example.net",
      errors: [{ at: "Here's my portfolio", message: '"Here\'s my portfolio" pitches in a first note (points them to your portfolio, site or calendar): save it for after they accept.' }],
    },
    {
      name: 'results for people like them, with a number',
      text: 'Hi {{name}}, I help tutors like you get 20 new students a term.',
      errors: [{ at: 'help tutors like you get 20' }],
    },
    {
      name: 'a tool built for their problem',
      text: "Hi Ana, loved your post on churn! We've built a tool that fixes exactly that.",
      errors: [{ at: "We've built a tool that" }],
    },
    {
      name: 'a product pitch',
      text: 'Hi Ana, our product helps teams ship faster. Can I book a demo?',
      errors: [
        { at: 'our product helps teams', severity: 'warning', message: '"our product helps teams" pitches in a first note (offers something to win their attention; says what you do for companies like theirs): save it for after they accept.' },
        { at: 'book a demo' },
      ],
      output: 'Hi Ana, our product helps teams ship faster. Can I book a demo?',
    },
    {
      name: 'a call asked of a stranger',
      text: 'Hi Ana, would you be open to a call next week about your research?',
      errors: [{ at: 'would you be open to a call next', message: '"would you be open to a call next" asks a favour of someone you are not connected to yet (asks a stranger for a call or a meeting): connect first, ask later.' }],
    },
    {
      name: 'a favour',
      text: 'Hi Ana, could you refer me for the opening? I can send you my resume.',
      errors: [{ at: 'refer me' }, { at: 'send you my resume' }],
    },
    {
      name: 'case and curly quotes do not matter',
      text: 'Hi Ana, We Help Companies grow. It’s a Free Trial.',
      errors: [{ at: 'Help Companies' }, { at: 'Free Trial' }],
    },
    {
      name: 'user phrases from settings',
      text: 'Hi Ana, check out my newsletter.',
      options: { phrases: { salesy: ['check out my'] } },
      errors: [{ at: 'check out my' }],
    },
    {
      name: 'not inside a placeholder fallback',
      text: 'Hi Ana, {{reason | our product}} and our services.',
      errors: [{ at: 'our services' }],
    },
  ],
});
