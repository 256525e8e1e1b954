/** The main pages the browser benches measure: what a visitor and a coordinator open first. */
export type MainPage = { name: string; path: string; signedIn: boolean };

export const mainPages: MainPage[] = [
  { name: 'sign-in', path: '/login', signedIn: false },
  { name: 'public catalog', path: '/catalog', signedIn: false },
  { name: 'dashboard', path: '/', signedIn: true },
  { name: 'organizations', path: '/organizations', signedIn: true },
  { name: 'search', path: '/search?q=biotech', signedIn: true },
  { name: 'agreements', path: '/agreements', signedIn: true },
  { name: 'projects', path: '/projects', signedIn: true },
  { name: 'partnering marketplace', path: '/partnering', signedIn: true },
];
