/** Move senses: asking to connect (LinkedIn's stock wording among them), and proposing a next step. Notation: ../pattern.ts; the contract: MoveSense in ../moveSense.ts. */
import type { MoveSense } from '../moveSense';

export const ASK_MOVES: readonly MoveSense[] = [
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
      '@enlarge our ...2 @network =together',
      'accept my|this|our ...2 =invitation|=invite|=request',
      'send|=sending you ...2 =invitation|=invite|=request',
      'send|=sending this|my ...1 =invitation|=invite|=request',
      'hope|=hoping you ...1 =accept|=accepting !my|this|our|the',
      'hope|=hoping you ...1 =consider|=considering my|this|our ...1 =invitation|=invite|=request',
      'you ...2 =added to my|our ...2 @network',
      '=professional =networking =platform|=site',
    ],
    examples: {
      match: ["You've been added to my network.", "I hope you'll consider my invitation.", "I'm sending this request to connect with you.", "I'd like to connect with you on this professional networking site.", "I'd like to add you to my professional network.", 'I want to invite you to join my network.', "I'd be glad to have you in my network.", 'Please add me to your network.', 'Please accept my invitation.', "You're someone I trust.", 'Sending you a connection request.', "Hope you'll accept.", 'I would like to grow our networks together.'],
      miss: ["I'd like to connect.", 'Adding you to keep up with your posts.'],
    },
  },
  {
    move: 'connect-ask', sense: 'ask', says: 'asks to connect',
    patterns: [
      'connect !at|during|to', '=network|=networking with', '=add|=adding you !to', 'be a? part of your|my ...2 @network', '=reach|=reaching =out',
      'make your =acquaintance', 'get in =touch', '=link|=linking up', 'have|=having you as a|an|my ...1 @network', 'accept|=accepting my|the ...2 @network',
      'be ...1 =linkedin|=online =friends|=connections|=contacts|=buddies',
      'you to be ...1 =part of =it|=this|=that|=us', '=count me =in', '=count you among|as ...2 my|our ...1 @network', '=sending|=send a ...1 =invite|=request|=invitation to? connect?', '=say =hello|=hi END', '=add =me END', '=count me =in as one of your ...1 @network', 'one of your ...1 @network',
    ],
    examples: { match: ["I thought I'd say hello.", "Sending a quick invite to connect.", "Add me?", "I'd love to count you among my connections.", "I'd love for you to be part of it.", "I'd like to network with you.", "I'd love to make your acquaintance.", "I wanted to get in touch.", "I'd like to network with you.", "I'd love to make your acquaintance.", "I wanted to get in touch.", 'Count me in as one of your connections!', 'Would love to connect!', "Let's connect.", 'Thought I would reach out.', 'Adding you here.', "Let's link up here.", "I'd like to be a part of your professional network.", 'It would be lovely to have you as a contact.', 'Please accept my connection.', "Let's be LinkedIn buddies!"], miss: ["I'd like to add you to the contributors page.", 'Great connecting at the meetup.', "We're both connected to Sam."] },
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
    examples: { match: ["{{next-step}}", "Talk soon about the pilot!", "Let's catch up next week.", 'Let me know if Thursday works.', 'See you at the offsite!', 'Looking forward to our next chat.', 'Happy to send the slides.'], miss: ['Looking forward to connecting!'] },
  },

];
