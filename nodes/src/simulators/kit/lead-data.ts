/**
 * A seeded, deterministic fake lead data set shared by the vendor simulators, so that the same
 * person found in Apollo verifies in NeverBounce and lands in HubSpot with the same fields.
 *
 * @example
 * const leads = leadData(500); leads[0].email; // 'ada.lovelace@northwind-analytics.com'
 */
export interface FakeLead {
  id: string;
  firstName: string;
  lastName: string;
  name: string;
  title: string;
  seniority: 'c_suite' | 'vp' | 'director' | 'manager' | 'senior' | 'entry';
  email: string;
  /** What an email verifier answers for this address. */
  emailStatus: 'valid' | 'invalid' | 'catchall' | 'unknown' | 'disposable';
  phone: string;
  city: string;
  country: string;
  linkedinUrl: string;
  company: {
    id: string;
    name: string;
    domain: string;
    industry: string;
    employees: number;
    foundedYear: number;
    revenue: number;
  };
}

const FIRST = [
  'Ada',
  'Grace',
  'Alan',
  'Katherine',
  'Linus',
  'Margaret',
  'Tim',
  'Barbara',
  'Dennis',
  'Radia',
  'Ken',
  'Frances',
  'Edsger',
  'Hedy',
  'John',
  'Sophie',
  'Yukihiro',
  'Anita',
  'Guido',
  'Jean',
];
const LAST = [
  'Lovelace',
  'Hopper',
  'Turing',
  'Johnson',
  'Torvalds',
  'Hamilton',
  'Berners-Lee',
  'Liskov',
  'Ritchie',
  'Perlman',
  'Thompson',
  'Allen',
  'Dijkstra',
  'Lamarr',
  'McCarthy',
  'Wilson',
  'Matsumoto',
  'Borg',
  'van Rossum',
  'Sammet',
];
const TITLES: Array<[string, FakeLead['seniority']]> = [
  ['Chief Executive Officer', 'c_suite'],
  ['Chief Revenue Officer', 'c_suite'],
  ['VP of Sales', 'vp'],
  ['VP Marketing', 'vp'],
  ['Director of Sales', 'director'],
  ['Head of Growth', 'director'],
  ['Sales Manager', 'manager'],
  ['Marketing Manager', 'manager'],
  ['Senior Account Executive', 'senior'],
  ['Sales Development Representative', 'entry'],
];
const COMPANIES = [
  'Northwind Analytics',
  'Globex Systems',
  'Initech',
  'Umbrella Health',
  'Stark Logistics',
  'Wayne Fintech',
  'Acme Robotics',
  'Hooli Cloud',
  'Vandelay Imports',
  'Soylent Foods',
  'Cyberdyne Security',
  'Tyrell Bio',
  'Wonka Retail',
  'Oceanic Travel',
  'Duff Beverages',
];
const INDUSTRIES = [
  'computer software',
  'financial services',
  'hospital & health care',
  'logistics',
  'retail',
  'biotechnology',
  'computer & network security',
  'food & beverages',
  'leisure & travel',
  'marketing & advertising',
];
const CITIES: Array<[string, string]> = [
  ['London', 'United Kingdom'],
  ['San Francisco', 'United States'],
  ['New York', 'United States'],
  ['Berlin', 'Germany'],
  ['Paris', 'France'],
  ['Austin', 'United States'],
  ['Toronto', 'Canada'],
  ['Amsterdam', 'Netherlands'],
];
const STATUSES: FakeLead['emailStatus'][] = [
  'valid',
  'valid',
  'valid',
  'valid',
  'valid',
  'invalid',
  'catchall',
  'unknown',
  'valid',
  'disposable',
];
const EMPLOYEES = [8, 35, 120, 480, 1500, 7000, 25000];

/** Mulberry32: a tiny seeded PRNG so the data set is the same on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const cache = new Map<string, FakeLead[]>();

export function leadData(count = 500, seed = 42): FakeLead[] {
  const key = `${count}:${seed}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const leads: FakeLead[] = [];
  for (let i = 0; i < count; i++) {
    const firstName = pick(FIRST);
    const lastName = pick(LAST);
    const companyIndex = Math.floor(random() * COMPANIES.length);
    const companyName = COMPANIES[companyIndex];
    const domain = `${companyName.toLowerCase().replace(/[^a-z]+/g, '-')}.com`;
    const [title, seniority] = pick(TITLES);
    const [city, country] = pick(CITIES);
    const local = `${firstName}.${lastName}`.toLowerCase().replace(/[^a-z.]/g, '');
    leads.push({
      id: `lead_${(i + 1).toString(36).padStart(6, '0')}`,
      firstName,
      lastName,
      name: `${firstName} ${lastName}`,
      title,
      seniority,
      email: i === 0 ? `${local}@${domain}` : `${local}${i}@${domain}`,
      emailStatus: pick(STATUSES),
      phone: `+1555${String(1000000 + Math.floor(random() * 8999999))}`,
      city,
      country,
      linkedinUrl: `https://www.linkedin.com/in/${local.replace('.', '-')}-${i}`,
      company: {
        id: `org_${companyIndex + 1}`,
        name: companyName,
        domain,
        industry: INDUSTRIES[companyIndex % INDUSTRIES.length],
        employees: EMPLOYEES[companyIndex % EMPLOYEES.length],
        foundedYear: 1980 + ((companyIndex * 7) % 40),
        revenue: EMPLOYEES[companyIndex % EMPLOYEES.length] * 150_000,
      },
    });
  }
  cache.set(key, leads);
  return leads;
}
