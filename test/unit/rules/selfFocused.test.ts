import { testRule } from '../ruleTester';

testRule('self-focused', {
  valid: [
    "Hi Mary, we met at last month's networking happy hour. I'd love to connect on LinkedIn to exchange career advice and industry insights.",
    'Hi Ana, I admire your work and I would love your view on my plan; I think you know this field.',
    { name: 'a name placeholder counts for the reader', text: 'Hi {{name}}, I am new here, I know my stuff, and I like your work.' },
    'I, me, my: three is not enough to judge.',
  ],
  invalid: [
    {
      name: 'all about me',
      text: 'I am a developer. I have ten years of experience. I built my own startup. I want my next role to be great.',
      errors: [{ at: 'I built my own startup.', severity: 'info', message: 'The note says I/me/my 6 times and you/your 0: make it more about them.' }],
      output: 'I am a developer. I have ten years of experience. I built my own startup. I want my next role to be great.',
    },
    {
      name: 'contractions count; the first of the most self-centred sentences',
      text: "Hi Ana, I'm a designer and I've shipped apps. I'd like a role where I'm trusted. Your team?",
      errors: [{ at: "Hi Ana, I'm a designer and I've shipped apps.", message: 'The note says I/me/my 4 times and you/your 1: make it more about them.' }],
    },
  ],
});
