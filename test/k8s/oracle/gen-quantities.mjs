// Quantity inputs for record-quantities.sh: hand-picked ones and a seeded random mix of
// signs, digits, fractions and suffixes. Prints one JSON value (string or number) per line.
let seed = 7;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const digits = (max) => Array.from({ length: Math.floor(rand() * max) + 1 }, () => pick('0123456789'.split(''))).join('');
const hand = [
  '2000m', '1024Mi', '1.5Gi', '0.5', 2, 0.5, '+1Mi', '1e3', '100m', '128Mi', '1Gi', '10m', '1000m', '3000m', '123m', '0', '00', '-0', '0Mi', '0.0',
  '1', '1k', '1000', '1000000', '1M', '1500m', '1536Mi', '0.1n', '0.0000000001', '-1.5', '1.1Ki', '1023', '1024', '1023Ki', '1025Mi', '0.5Ki',
  '8Ei', '9Ei', '100000000000000000000', '1E', '1E3', '1e-3', '1e-12', '12e6', '1.5e3', '1000E', '01Mi', '+100m', ' 100m ', 'abc', '1.2.3', 'm',
  '1Mb', '1e', '5e+3', '1..', '1.', '.5', '-.5Gi', '0.000001m', '999999999999999999', '9999999999999999999', '1234567890123456789k', '1ki', '1KiB',
];
const lines = hand.map((h) => JSON.stringify(h));
const suffixes = ['', '', 'm', 'k', 'M', 'G', 'n', 'u', 'Ki', 'Mi', 'Gi', 'Ti', 'e3', 'e-3', 'e6', 'E2'];
for (let i = 0; i < 300; i++) {
  const sign = pick(['', '', '', '-', '+']);
  const frac = rand() < 0.3 ? `.${digits(4)}` : '';
  lines.push(JSON.stringify(`${sign}${digits(6)}${frac}${pick(suffixes)}`));
}
process.stdout.write(lines.join('\n') + '\n');
