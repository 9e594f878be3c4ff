/**
 * Names whose spellings vary by custom rather than by a rule this bench models: each inner list holds spellings
 * of ONE name in use (Francophone vs Anglophone West Africa, Pashto tribal names, South Asian surnames, Akan day
 * names across Ghana and Côte d'Ivoire, Azerbaijani Latin vs Russian-era forms). General knowledge only.
 */

/** West African family names: French-, English- and Portuguese-era spellings of the same name. */
export const WEST_AFRICAN_FAMILY_GROUPS: string[][] = [
  ['Diallo', 'Jalloh', 'Jallow', 'Djalo'], ['Touré', 'Toure', 'Turay'], ['Traoré', 'Traore', 'Tarawally'], ['Cissé', 'Cisse', 'Sesay', 'Ceesay'],
  ['Kouyaté', 'Kouyate', 'Kuyateh'], ['Camara', 'Kamara'], ['Konaté', 'Konate', 'Conteh'], ['Keïta', 'Keita', 'Kaita'], ['Sow', 'Sowe'],
  ['Bâ', 'Ba', 'Bah'], ['Barry', 'Barrie', 'Bari'], ['Fofana', 'Fofanah'], ['Sylla', 'Silla', 'Sillah'], ['Kourouma', 'Koroma'],
  ['Ndiaye', "N'Diaye", 'Njie'], ['Diop', 'Jobe'], ['Guèye', 'Gueye', 'Gaye'], ['Faye', 'Fye'], ['Dramé', 'Drame', 'Drammeh'],
  ['Darbo', 'Darboe'], ['Sané', 'Sane', 'Sanneh'], ['Diakité', 'Diakite', 'Jakite'], ['Doumbouya', 'Dumbuya', 'Doumbia'],
  ['Sidibé', 'Sidibe', 'Sidibeh'], ['Coulibaly', 'Kulibali', 'Kulubali'], ['Bangoura', 'Bangura'], ['Ouédraogo', 'Ouedraogo', 'Wedraogo'],
  ['Sawadogo', 'Sawadugo'], ['Tall', 'Taal'], ['Mbaye', "M'Baye", 'Mbye'], ['Seck', 'Sek'], ['Thiam', 'Cham', 'Tiam'],
  ['Jammeh', 'Diamé', 'Jamme'], ['Kanté', 'Kante', 'Kanteh'], ['Dembélé', 'Dembele', 'Dembeleh'], ['Samaké', 'Samake'],
  ['Sangaré', 'Sangare', 'Sangareh'], ['Diarra', 'Jarra', 'Jarrah'], ['Sissoko', 'Sisoko', 'Cissoko'], ['Fadiga', 'Fadika'],
];

/** Non-Arabic West African given names with their variant spellings (Akan day names across Ghana and Côte d'Ivoire). */
export const WEST_AFRICAN_GIVEN_GROUPS_MALE: string[][] = [
  ['Kwame', 'Kouamé', 'Kwamé'], ['Kwasi', 'Kouassi', 'Kwesi', 'Akwasi'], ['Kwadwo', 'Kouadio', 'Kojo', 'Kodjo'], ['Yaw', 'Yao'],
  ['Kofi', 'Koffi'], ['Kwaku', 'Kouakou'], ['Kwabena', 'Kobina'], ['Seydou', 'Saidu', 'Seidu'], ['Sékou', 'Sekou', 'Seku'],
  ['Modibo', 'Modibbo'], ['Babacar', 'Babakar'], ['Mamadi', 'Mamady'], ['Lansana', 'Lansanah'], ['Fodé', 'Fode', 'Foday'],
];
export const WEST_AFRICAN_GIVEN_GROUPS_FEMALE: string[][] = [
  ['Akosua', 'Akissi'], ['Adwoa', 'Adjoua'], ['Ama', 'Amah'], ['Afua', 'Affoué', 'Afia'], ['Yaa', 'Yah'], ['Abena'],
  ['Awa', 'Hawa', 'Hauwa'], ['Oumou', 'Umu'], ['Djeneba', 'Zeinabou', 'Jenaba'], ['Binta', 'Bintou'], ['Ramatoulaye', 'Ramatu'],
];

/** Yoruba, Igbo and Akan names that travel in one spelling. */
export const NIGERIAN_GHANAIAN_GIVEN_MALE = [
  'Adebayo', 'Adewale', 'Babatunde', 'Olumide', 'Oluwaseun', 'Ayodele', 'Olufemi', 'Oluwatobi', 'Kehinde', 'Taiwo', 'Abiodun',
  'Chukwuemeka', 'Chinedu', 'Nnamdi', 'Obinna', 'Ikenna', 'Chidi', 'Emeka', 'Uchenna', 'Tochukwu', 'Ifeanyi', 'Kelechi',
  'Olawale', 'Tunde', 'Segun', 'Femi', 'Gbenga', 'Dayo', 'Yemi', 'Kunle', 'Kwabena', 'Kwesi', 'Nana', 'Ebo', 'Fiifi',
];
export const NIGERIAN_GHANAIAN_GIVEN_FEMALE = [
  'Temitope', 'Folasade', 'Funmilayo', 'Damilola', 'Yetunde', 'Bolanle', 'Ngozi', 'Chioma', 'Adaeze', 'Ifeoma', 'Nneka',
  'Amaka', 'Chinwe', 'Oluwakemi', 'Titilayo', 'Omolara', 'Efua', 'Esi', 'Akua', 'Adjoa', 'Nkechi', 'Uju', 'Obiageli',
];
export const NIGERIAN_GHANAIAN_FAMILY = [
  'Adeyemi', 'Ogunleye', 'Adebayo', 'Olawale', 'Oyelaran', 'Akinola', 'Ogundipe', 'Adeleke', 'Oladipo', 'Afolabi', 'Balogun',
  'Adesina', 'Ajayi', 'Akande', 'Ogunbanjo', 'Okafor', 'Okonkwo', 'Eze', 'Nwachukwu', 'Obi', 'Okeke', 'Nwosu', 'Okoro',
  'Ibe', 'Nwankwo', 'Ugwu', 'Anyanwu', 'Okpara', 'Nnaji', 'Onuoha', 'Mensah', 'Owusu', 'Boateng', 'Asante', 'Appiah',
  'Osei', 'Agyeman', 'Amoah', 'Ofori', 'Darko', 'Antwi', 'Sarpong', 'Acheampong', 'Adjei', 'Bonsu', 'Frimpong', 'Gyamfi',
  'Opoku', 'Quaye', 'Tetteh', 'Lamptey', 'Quartey', 'Addo', 'Oduro', 'Ampofo', 'Oyebanji', 'Olatunji', 'Babalola', 'Fashanu',
];

/** Hausa / Fulani family names borne as they are (often a father's Arabic-origin name). */
export const HAUSA_FAMILY_GROUPS: string[][] = [
  ['Bello', 'Bella'], ['Garba'], ['Sani', 'Saani'], ['Lawal', 'Lawan'], ['Danjuma'], ['Haruna', 'Harouna'], ['Shehu', 'Chehou'],
  ['Danladi'], ['Maikano'], ['Dankwambo'], ['Gambo'], ['Yakasai'], ['Kabir', 'Kabiru'], ['Bashir', 'Bachir', 'Bashiru'],
  ['Usman', 'Ousmane', 'Othman'], ['Abdullahi', 'Abdoulaye', 'Abdallah'], ['Ibrahim', 'Ibrahima', 'Brahima'], ['Musa', 'Moussa'],
  ['Aliyu', 'Aliou', 'Alieu'], ['Yusuf', 'Youssouf', 'Yusufu'], ['Idris', 'Idrissa'], ['Tijani', 'Tidjani', 'Tijjani'],
];

/** South Asian surnames with their spellings in use. */
export const SOUTH_ASIAN_FAMILY_GROUPS: string[][] = [
  ['Choudhury', 'Chowdhury', 'Chaudhary', 'Chaudhuri', 'Choudhary', 'Chaudhry'], ['Banerjee', 'Banerji', 'Bannerjee'],
  ['Chatterjee', 'Chatterji', 'Chaterjee'], ['Mukherjee', 'Mukherji', 'Mookerjee'], ['Bhattacharya', 'Bhattacharjee', 'Bhattacharyya'],
  ['Srivastava', 'Shrivastava', 'Srivastav'], ['Agarwal', 'Aggarwal', 'Agrawal'], ['Iyer', 'Aiyar', 'Ayyar'], ['Pillai', 'Pillay'],
  ['Reddy', 'Reddi'], ['Nair', 'Nayar'], ['Sharma', 'Sarma'], ['Verma', 'Varma'], ['Joshi', 'Joshee'], ['Desai', 'Dessai'],
  ['Kapoor', 'Kapur'], ['Saxena', 'Saksena'], ['Tiwari', 'Tewari', 'Tiwary'], ['Trivedi', 'Trivedy'], ['Dwivedi', 'Dwivedy'],
  ['Upadhyay', 'Upadhyaya', 'Upadhaya'], ['Mishra', 'Misra'], ['Pandey', 'Pande'], ['Yadav', 'Yadava'], ['Naidu', 'Naydu'],
  ['Subramanian', 'Subramaniam', 'Subrahmanyam'], ['Venkataraman', 'Venkatraman'], ['Ramachandran', 'Ramchandran'],
  ['Srinivasan', 'Sreenivasan', 'Shrinivasan'], ['Balasubramanian', 'Balasubramaniam'], ['Ganguly', 'Ganguli'],
  ['Sengupta', 'Sen Gupta'], ['Das', 'Dass'], ['Bose', 'Basu'], ['Ghosh', 'Ghose'], ['Dutta', 'Datta', 'Dutt'], ['Roy', 'Ray'],
  ['Gupta'], ['Patel'], ['Shah'], ['Mehta'], ['Kulkarni'], ['Deshpande'], ['Chopra'], ['Malhotra'], ['Khanna'], ['Menon'],
  ['Krishnan'], ['Rao'], ['Gill'], ['Sandhu'], ['Dhillon'], ['Grewal'], ['Sidhu'], ['Bhatia'], ['Arora'], ['Sethi'],
  ['Chakraborty', 'Chakravarty', 'Chakrabarti'], ['Mahapatra', 'Mohapatra'], ['Thakur', 'Thakkar'], ['Jain'], ['Goswami'],
  ['Qureshi', 'Kureshi', 'Quraishi'], ['Siddiqui', 'Siddiqi', 'Siddiky'], ['Ansari'], ['Sheikh', 'Shaikh', 'Shaik'],
  ['Syed', 'Sayed', 'Saiyed'], ['Hashmi', 'Hashemi'], ['Rizvi', 'Rizwi'], ['Naqvi', 'Naqavi'], ['Jafri', 'Jafree', 'Jafari'],
  ['Zaidi', 'Zaydi'], ['Bukhari', 'Bokhari'], ['Gilani', 'Gillani', 'Jilani'], ['Mirza'], ['Baig', 'Beg'], ['Qazi', 'Kazi'],
  ['Malik'], ['Awan'], ['Butt', 'Bhatt'], ['Abbasi'], ['Khan'], ['Chaudhry', 'Chaudhary', 'Choudhry'],
];

/** South Asian given names with their spellings in use. */
export const SOUTH_ASIAN_GIVEN_GROUPS_MALE: string[][] = [
  ['Rajesh'], ['Suresh'], ['Ramesh'], ['Mahesh'], ['Ganesh'], ['Dinesh'], ['Rakesh'], ['Mukesh'], ['Sanjay'], ['Vijay', 'Vijai', 'Bijay'],
  ['Ajay'], ['Anil'], ['Sunil'], ['Amit'], ['Rahul'], ['Rohit'], ['Vikram', 'Bikram'], ['Arjun'], ['Anand', 'Ananda'], ['Prakash'],
  ['Deepak', 'Dipak'], ['Manoj'], ['Ashok'], ['Pradeep', 'Pradip'], ['Sandeep', 'Sandip'], ['Srinivas', 'Shrinivas', 'Sreenivas'],
  ['Venkatesh', 'Venkatesa'], ['Krishna', 'Krishan', 'Kishan'], ['Ravi', 'Rabi'], ['Gopal'], ['Harish'], ['Naveen', 'Navin'],
  ['Praveen', 'Pravin'], ['Kiran'], ['Sachin'], ['Nitin'], ['Vivek', 'Bibek'], ['Abhishek'], ['Gurpreet'], ['Harpreet'],
  ['Manpreet'], ['Jaspreet'], ['Harjit', 'Harjeet'], ['Balwinder', 'Balvinder'], ['Sukhwinder', 'Sukhvinder'], ['Kuldeep', 'Kuldip'],
  ['Sourav', 'Saurav'], ['Saurabh', 'Sourabh'], ['Debashish', 'Debasish', 'Debashis'], ['Partha'], ['Subhash', 'Subash'], ['Arnab', 'Arnav'],
  ['Tanmoy', 'Tanmay'], ['Shankar', 'Sankar'], ['Lakshman', 'Laxman'], ['Raghavan', 'Ragavan'], ['Senthil'], ['Murugan'],
];
export const SOUTH_ASIAN_GIVEN_GROUPS_FEMALE: string[][] = [
  ['Priya'], ['Anjali'], ['Sunita', 'Suneeta'], ['Kavita', 'Kavitha'], ['Lakshmi', 'Laxmi', 'Lakshmy'], ['Deepa', 'Dipa'], ['Neha'],
  ['Pooja', 'Puja'], ['Rekha'], ['Shanti', 'Shanthi'], ['Meena', 'Mina'], ['Geeta', 'Gita', 'Geetha'], ['Sita', 'Seeta', 'Seetha'],
  ['Radha'], ['Divya'], ['Shweta', 'Sweta'], ['Swati', 'Swathi'], ['Anita', 'Aneeta'], ['Asha'], ['Usha'], ['Padma'],
  ['Revathi', 'Revati'], ['Kalpana'], ['Nandini'], ['Shalini'], ['Bhavana', 'Bhawana'], ['Lalita', 'Lalitha'], ['Indrani'],
  ['Moumita', 'Mowmita'], ['Harpreet'], ['Simran'], ['Gurleen'],
];
export const SOUTH_ASIAN_MIDDLE = ['Kumar', 'Prasad', 'Lal', 'Chandra', 'Nath', 'Singh', 'Kaur', 'Devi', 'Rani', 'Bhai', 'Ben', 'Mohan', 'Ram', 'Shankar', 'Krishna'];

/** Pashto tribal names and other Afghan / Pakistani family names with their spellings in use. */
export const PASHTO_FAMILY_GROUPS: string[][] = [
  ['Yousafzai', 'Yusufzai', 'Yousufzai', 'Yusafzay'], ['Achakzai', 'Achekzai', 'Achakzay'], ['Popalzai', 'Popalzay', 'Popolzai'],
  ['Barakzai', 'Barakzay'], ['Ahmadzai', 'Ahmedzai'], ['Mohmand', 'Momand'], ['Afridi', 'Apridi'], ['Khattak', 'Khatak'],
  ['Shinwari', 'Shinwary', 'Shinvari'], ['Durrani', 'Durani'], ['Wardak', 'Wardag'], ['Niazi', 'Niyazi'], ['Mangal'],
  ['Zadran', 'Dzadran', 'Jadran'], ['Kakar', 'Kakkar'], ['Safi'], ['Hotak', 'Hotaki'], ['Jadoon', 'Jadun'], ['Orakzai', 'Orakzay'],
  ['Bangash'], ['Marwat', 'Marwaht'], ['Lodhi', 'Lodi'], ['Tanoli', 'Tanooli'], ['Swati'], ['Stanikzai', 'Stanekzai'],
  ['Alokozai', 'Alakozai'], ['Noorzai', 'Nurzai'], ['Ishaqzai', 'Eshaqzai'], ['Kharoti', 'Kharooti'], ['Tarakai', 'Taraki'],
  ['Karimi', 'Kareemi'], ['Sultani', 'Soltani'], ['Rahimi', 'Raheemi'], ['Hashimi', 'Hashemi'], ['Sadat', 'Saadat'],
  ['Wazir', 'Waziri'], ['Mohammadi', 'Muhammadi'], ['Amiri'], ['Habibi'], ['Nazari'], ['Ahmadi', 'Ahmady'],
];

/** Pashto given names that are not Arabic loans (Gul, Zarin, Sher, …). */
export const PASHTO_GIVEN_GROUPS_MALE: string[][] = [
  ['Gul', 'Gol'], ['Zarin', 'Zareen'], ['Sher', 'Shir'], ['Dost', 'Doost', 'Dust'], ['Mir'], ['Wali', 'Waly'], ['Noor', 'Nur'],
  ['Jan', 'Jaan'], ['Baz'], ['Zalmay', 'Zalmai'], ['Mirwais', 'Mir Wais'], ['Lal'], ['Badshah', 'Padshah'], ['Taj'], ['Khan'],
  ['Gul Agha', 'Gulagha'], ['Sher Ali', 'Sherali'], ['Shah Mahmood', 'Shah Mahmud'], ['Dawood', 'Dawud', 'Daud'],
];

/** Turkish given names that are not Arabic loans, and Turkish surnames, in Turkish orthography. */
export const TURKISH_GIVEN_MALE = [
  'Emre', 'Burak', 'Serkan', 'Murat', 'Kemal', 'Cem', 'Can', 'Deniz', 'Erkan', 'Gökhan', 'Hakan', 'Kaan', 'Oğuz', 'Onur',
  'Orhan', 'Ozan', 'Selim', 'Tolga', 'Tuncay', 'Uğur', 'Volkan', 'Yavuz', 'Yiğit', 'Barış', 'Cengiz', 'Ercan', 'Ferhat',
  'Gürkan', 'İlker', 'Koray', 'Levent', 'Mert', 'Nihat', 'Okan', 'Sinan', 'Taner', 'Tarkan', 'Ümit', 'Yücel', 'Zafer',
];
export const TURKISH_GIVEN_FEMALE = [
  'Elif', 'Esra', 'Derya', 'Gül', 'Gülşen', 'Özlem', 'Pınar', 'Sevgi', 'Songül', 'Şule', 'Tuğba', 'Yeliz', 'Yasemin',
  'Ebru', 'Gizem', 'Damla', 'Çiğdem', 'Dilek', 'Filiz', 'Hülya', 'Nur', 'Sibel', 'Serap', 'Aylin', 'Buket', 'Ceren', 'Ece',
];
export const TURKISH_SURNAMES = [
  'Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Yıldırım', 'Öztürk', 'Aydın', 'Özdemir', 'Arslan', 'Doğan', 'Kılıç',
  'Aslan', 'Çetin', 'Kara', 'Koç', 'Kurt', 'Özkan', 'Şimşek', 'Polat', 'Öz', 'Korkmaz', 'Erdem', 'Güneş', 'Aktaş', 'Bulut',
  'Keskin', 'Ünal', 'Tekin', 'Karataş', 'Güler', 'Acar', 'Yücel', 'Avcı', 'Ateş', 'Bozkurt', 'Çakır', 'Coşkun', 'Duman',
  'Eren', 'Gök', 'Işık', 'Kahraman', 'Karakaya', 'Özer', 'Sarı', 'Tan', 'Turan', 'Uçar', 'Uysal', 'Yavuz', 'Yüksel',
  'Altıntaş', 'Başaran', 'Çalışkan', 'Dağ', 'Ekinci', 'Gündoğdu', 'Karadağ', 'Kocabaş', 'Önal', 'Sönmez', 'Taşkın', 'Ağca',
  'Akgül', 'Akın', 'Bayram', 'Durmaz', 'Erdoğdu', 'Gençer', 'Kaplan', 'Mutlu', 'Oğuz', 'Soylu', 'Topal', 'Uzun', 'Yalçın',
];

/** Azerbaijani names: Azerbaijani Latin first, then the Russian-era transliterations in use. */
export const AZERBAIJANI_SURNAME_GROUPS: string[][] = [
  ['Məmmədov', 'Mammadov', 'Mamedov'], ['Əliyev', 'Aliyev', 'Aliev'], ['Hüseynov', 'Huseynov', 'Guseynov', 'Guseinov'],
  ['Həsənov', 'Hasanov', 'Gasanov'], ['Quliyev', 'Guliyev', 'Kuliev'], ['İsmayılov', 'Ismayilov', 'Ismailov'], ['Rəhimov', 'Rahimov', 'Ragimov'],
  ['Abbasov'], ['Cəfərov', 'Jafarov', 'Dzhafarov'], ['Nəsirov', 'Nasirov'], ['Əhmədov', 'Ahmadov', 'Akhmedov'], ['Babayev', 'Babaev'],
  ['Bağırov', 'Baghirov', 'Bagirov'], ['Kərimov', 'Karimov', 'Kerimov'], ['Orucov', 'Orujov', 'Orudzhev'], ['Süleymanov', 'Suleymanov', 'Suleimanov'],
  ['Zeynalov', 'Zeinalov'], ['Qasımov', 'Gasimov', 'Kasimov'], ['Vəliyev', 'Valiyev', 'Veliev'], ['Sadıqov', 'Sadigov', 'Sadykhov'],
  ['Əsgərov', 'Asgarov', 'Askerov'], ['Nəbiyev', 'Nabiyev', 'Nabiev'], ['Mustafayev', 'Mustafaev'], ['Hacıyev', 'Hajiyev', 'Gadzhiev'],
  ['Rzayev', 'Rzaev'], ['Novruzov'], ['Şükürov', 'Shukurov'], ['Səfərov', 'Safarov'],
];
export const AZERBAIJANI_GIVEN_GROUPS_MALE: string[][] = [
  ['Elçin', 'Elchin'], ['Rəşad', 'Rashad'], ['Vüqar', 'Vugar'], ['Elnur'], ['Tural'], ['Orxan', 'Orkhan'], ['Ramil'], ['Fərid', 'Farid'],
  ['Kamran'], ['Rüstəm', 'Rustam'], ['Elvin'], ['Anar'], ['Cavid', 'Javid', 'Dzhavid'], ['Nicat', 'Nijat'], ['Rövşən', 'Rovshan'],
  ['Şahin', 'Shahin'], ['İlqar', 'Ilgar'], ['Əli', 'Ali'], ['Hüseyn', 'Huseyn', 'Guseyn'], ['Nurlan'], ['Emin'], ['Samir'],
];
export const AZERBAIJANI_GIVEN_GROUPS_FEMALE: string[][] = [
  ['Səbinə', 'Sabina'], ['Günel', 'Gunel'], ['Aysel'], ['Leyla', 'Leila'], ['Nərgiz', 'Nargiz'], ['Aynur'], ['Ülviyyə', 'Ulviyya'],
  ['Könül', 'Konul'], ['Sevinc', 'Sevinj'], ['Xədicə', 'Khadija'], ['Şəbnəm', 'Shabnam'], ['Lalə', 'Lala'], ['Nigar'],
];
