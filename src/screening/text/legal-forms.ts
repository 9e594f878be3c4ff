/**
 * Legal forms and noise words, as data. Spellings are given already normalised (lower case, ASCII, dots and
 * punctuation turned into spaces, dotted abbreviations joined: "S.A." → "sa", "Sp. z o.o." → "sp z oo").
 * Each row is one legal form with its common spellings; the code is what the explanation reports and what
 * "same legal form" compares.
 */
export const LEGAL_FORMS: Readonly<Record<string, readonly string[]>> = {
  LTD: ['ltd', 'limited', 'ltda', 'company limited', 'co ltd', 'pte ltd', 'pty ltd', 'pvt ltd', 'private limited', 'pte', 'pty', 'pvt'],
  PLC: ['plc', 'public limited company'],
  LLC: ['llc', 'l l c', 'lc', 'fze', 'fzco', 'fz llc', 'fzc', 'fzllc', 'dmcc', 'limited liability company', 'limited liability co', 'wll', 'w l l',
    'with limited liability', 'establishment', 'ooo', 'tov', 'obshchestvo s ogranichennoy otvetstvennostyu',
    'obshchestvo s ogranichennoi otvetstvennostiu', 'obshestvo s ogranichennoy otvetstvennostyu', 'tovarystvo z obmezhenoiu vidpovidalnistiu', 'smc pvt ltd', 'smc', 'sherkat', 'sharikat', 'youxian gongsi', 'youxian zeren gongsi'],
  LLP: ['llp', 'lp', 'l p', 'limited liability partnership', 'limited partnership'],
  INC: ['inc', 'incorporated', 'corp', 'corporation'],
  CO: ['co', 'company', 'and co', 'cie', 'and cie', 'y cia', 'cia'],
  GMBH: ['gmbh', 'g m b h', 'mbh', 'gesellschaft mit beschrankter haftung', 'ges m b h', 'gesmbh', 'gmbh and co kg', 'gmbh co kg', 'ug', 'ug haftungsbeschrankt'],
  AG: ['ag', 'aktiengesellschaft', 'kg', 'kgaa', 'ohg', 'ek', 'e k', 'ev', 'e v', 'gbr'],
  AB: ['ab', 'aktiebolag', 'ab publ', 'publ', 'hb', 'kb'],
  OY: ['oy', 'oyj', 'osakeyhtio', 'ky', 'ay', 'tmi'],
  AS: ['as', 'asa', 'aksjeselskap', 'allmennaksjeselskap', 'a s', 'ans', 'da', 'ks'],
  APS: ['aps', 'anpartsselskab', 'i s', 'is', 'amba', 'a m b a', 'ivs', 'smba', 'fmba'],
  BV: ['bv', 'b v', 'besloten vennootschap', 'nv', 'n v', 'naamloze vennootschap', 'vof', 'cv', 'bvba', 'cvba', 'sprl', 'scrl'],
  SA: ['sa', 'societe anonyme', 'sociedad anonima', 'sa de cv', 'sab de cv', 'sas', 'sasu', 'sarl', 'eurl', 'snc', 'sci', 'sca', 'se', 'societas europaea'],
  SRL: ['srl', 'sl', 'slu', 'sll', 'sc', 'scp', 'scoop', 'sociedad colectiva', 'srls', 'sapa', 'sociedad limitada', 's de rl', 'sapi de cv', 'scs', 'sro', 'spol s ro', 'spol sro', 'vos', 'ks'],
  SPA: ['spa', 'societa per azioni', 'sapa', 'snc', 'sas'],
  SPZOO: ['sp z oo', 'sp zoo', 'spzoo', 'spolka z ograniczona odpowiedzialnoscia', 'spolka z oo', 'spolka zoo', 'sp j', 'sp k', 'sp ka', 'spj', 'spk', 'spka'],
  OOO: ['jsc', 'ojsc', 'cjsc', 'pjsc', 'zao', 'oao', 'pao', 'ao', 'pat', 'prat', 'ip', 'chp', 'pp', 'fop', 'tdv', 'dp', 'kp',
    'joint stock company', 'closed joint stock company', 'open joint stock company', 'public joint stock company', 'joint stock co',
    'aktsionernoe obshchestvo', 'zakrytoe aktsionernoe obshchestvo', 'otkrytoe aktsionernoe obshchestvo', 'publichnoe aktsionernoe obshchestvo',
    'pjs', 'sahami khas', 'sahami aam', 'state unitary enterprise',
    'federal state unitary enterprise', 'municipal unitary enterprise', 'gup', 'fgup', 'mup'],
  KFT: ['kft', 'zrt', 'nyrt', 'bt', 'rt'],
  DOO: ['doo', 'd oo', 'ad', 'dd', 'eood', 'ood', 'et', 'sia', 'uab', 'ou', 'mtu', 'ehf', 'hf', 'sh p k', 'shpk'],
  GR: ['ae', 'epe', 'ike', 'oe', 'ee', 'anonymi etaireia'],
  LDA: ['lda', 'unipessoal lda', 'sgps', 'eireli', 'me', 'epp'],
  BHD: ['bhd', 'sdn bhd', 'berhad', 'sendirian berhad', 'pt', 'tbk', 'pt tbk'],
  VN: ['cong ty tnhh', 'tnhh', 'cong ty trach nhiem huu han', 'cong ty co phan', 'ctcp', 'tnhh mtv', 'cong ty tnhh mtv'],
  KK: ['kk', 'kabushiki kaisha', 'gk', 'godo kaisha', 'yk', 'yugen kaisha'],
  AS_TR: ['anonim sirketi', 'ltd sti', 'sti', 'limited sirketi', 'sirketi'],
};

/** Words that carry no identity in a party name. Removed everywhere. */
export const NOISE_WORDS: ReadonlySet<string> = new Set(['the', 'of', 'and', 'und', 'et', 'og', 'och', 'attn', 'fao']);

/** Particles of person and place names: kept, but never a blocking key alone and lightly weighted. */
export const PARTICLES: ReadonlySet<string> = new Set([
  'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'ten', 'zu',
  'al', 'el', 'bin', 'ibn', 'bint', 'abu', 'ben', 'mac', 'y', 'e', 'i',
]);

/**
 * Words too common in company names to identify one by themselves (the common-token rule: sharing only such
 * words with a listed name is never a hit). The list-derived document frequency does the same at scale; this
 * table keeps the rule true on small lists.
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  'services', 'service', 'trading', 'trade', 'traders', 'media', 'digital', 'global', 'international', 'intl', 'group',
  'holding', 'holdings', 'solutions', 'solution', 'consulting', 'consultants', 'shop', 'store', 'stores', 'online', 'web',
  'net', 'systems', 'system', 'technologies', 'technology', 'tech', 'enterprises', 'enterprise', 'industries',
  'industry', 'partners', 'management', 'marketing', 'network', 'networks', 'studio', 'studios', 'productions',
  'production', 'entertainment', 'content', 'agency', 'capital', 'ventures', 'investments', 'investment', 'logistics',
  'import', 'export', 'imports', 'exports', 'world', 'euro', 'europe', 'european', 'asia', 'america', 'center',
  'centre', 'design', 'pay', 'payments', 'payment', 'cash', 'money', 'finance', 'financial', 'bank', 'general',
  'limited', 'new', 'first', 'best', 'top', 'star', 'royal', 'united', 'national', 'north', 'south', 'east', 'west',
  'nordic', 'baltic', 'city', 'art', 'arts', 'photo', 'video', 'film', 'films', 'pictures', 'publishing', 'press',
  'software', 'data', 'it', 'info', 'mobile', 'telecom', 'communications', 'products', 'supply', 'supplies',
  'development', 'real', 'estate', 'property', 'properties', 'construction', 'transport', 'consult', 'club', 'team',
  'house', 'home', 'market', 'mart', 'express', 'direct', 'plus', 'pro', 'smart', 'one', 'lab', 'labs', 'hub',
  'factory', 'works', 'foods', 'food', 'fashion', 'beauty', 'health', 'care', 'education', 'travel', 'tours',
  'company', 'commerce', 'ecommerce', 'resources', 'energy', 'power', 'green', 'blue', 'red', 'gold', 'golden',
  'silver', 'black', 'white', 'sun', 'stars', 'line', 'link', 'links', 'creative',
]);

/** Every word that occurs in a legal-form spelling (a legal form may stand mid-name or be cut off). */
export const LEGAL_FORM_WORDS: ReadonlySet<string> = new Set(Object.values(LEGAL_FORMS).flatMap((spellings) => spellings.flatMap((s) => s.split(' '))));

/** Every legal-form spelling as a token sequence, longest first, with its code. */
export const LEGAL_FORM_SEQUENCES: readonly { readonly tokens: readonly string[]; readonly code: string }[] = Object.entries(LEGAL_FORMS)
  .flatMap(([code, spellings]) => spellings.map((s) => ({ tokens: s.split(' '), code })))
  .sort((a, b) => b.tokens.length - a.tokens.length);
