/**
 * One name written by two romanisation traditions, screened end to end (candidate search and score): hand-written
 * pairs per group of writing habits, made up from common name parts (no list was read for them), and names that share
 * a part but are other people. A pair is [listed, payment].
 */
import { buildScreener } from '../../../src/screening';
import { field } from './sample-list';

const HOLD = 0.88;

const SAME: Record<string, [string, string][]> = {
  'urdu-pashto': [
    ['KHAN, Muhammad Asif', 'Mohd Aasif Khaan'],
    ['Zia ur Rehman SIDDIQUI', 'Ziaur Rahman Siddiqi'],
    ['Inayatullah ACHAKZAI', 'Inayat Ullah Achakzay'],
    ['Gul Mohammad YOUSAFZAI', 'Gull Muhammad Yusufzai'],
    ['Syed Sajjad Hussain SHAH', 'Sayed Sajad Husain Shah'],
    ['Hafiz Abdul Rauf BUTT', 'Hafeez Abdur Rauf Butt'],
    ['Shujaat CHAUDHRY', 'Shujat Choudhury'],
    ['Saifullah Akhtar DURRANI', 'Saif Ullah Akhter Durani'],
    ['Fazal ur Rehman AFRIDI', 'Fazlur Rahman Afridi'],
    ['Rasheed Ahmed SHAIKH', 'Rashid Ahmad Sheikh'],
    ['Tariq Mehmood QURESHI', 'Tarik Mahmood Qurashi'],
    ['Nizamuddin KHATTAK', 'Nizam ud Din Khatak'],
    ['Abdul Ghani MOHMAND', 'Abdulghani Momand'],
    ['Naveed Iqbal AWAN', 'Navid Ikbal Awaan'],
    ['Waheed Ullah KAKAR', 'Wahidullah Kakkar'],
    ['Zulfiqar Ali BHATTI', 'Zulfikar Ali Bhati'],
    ['Ijaz Ahmad CHAUDHARY', 'Ejaz Ahmed Chaudhry'],
    ['Shafique Rehman BALOCH', 'Shafiq Rahman Baluch'],
    ['Muhammad Yaqoob NOORZAI', 'Md Yakub Nurzai'],
    ['Khair Muhammad SHINWARI', 'Khayr Mohammad Shinwary'],
    // Kashmiri Bhat / Butt, Shaikh / Shaik, the Urdu Hashmi of Hashimi, an aspirate dropped, Persian -ollah and -iyeh,
    // Persian Shir and Padshah, Sayyid spelt Saiyed, a Pashto tribe with its nisba -i.
    ['Imran BHATT', 'Imran Butt'],
    ['Naveed SHEIKH', 'Naveed Shaik'],
    ['Faisal HASHMI', 'Faisal Hashemi'],
    ['Asif LODHI', 'Asif Lodi'],
    ['Gul Mohammad YOUSAFZAI', 'Gul Muhammad Yusafzay'],
    ['Najeebullah KHAN', 'Najibollah Khan'],
    ['Ihsanullah WARDAK', 'Ehsanollah Wardak'],
    ['Khadijeh MORADI', 'Khadeeja Moradi'],
    ['Sadiya KARIMI', 'Sadiyeh Karimi'],
    ['Sher Ali KHAN', 'Shir Ali Khan'],
    ['Badshah GUL', 'Padshah Gul'],
    ['Syed Ali NAQVI', 'Saiyed Ali Naqvi'],
    ['Nasir WAZIR', 'Nasir Waziri'],
    ['Zahir HOTAK', 'Zahir Hotaki'],
    ['Amir MARWAT', 'Amir Marwaht'],
  ],
  arabic: [
    ['Abd al-Rahman Salih AL-TAMIMI', 'Abdulrahman Saleh Al Tamimi'],
    ['Abdel Aziz Hamad AL-DOSARI', 'Abdulaziz Hamed Aldawsari'],
    ['Khalid Ibn Yusuf AL-HARBI', 'Khaled Bin Youssef El Harbi'],
    ['Fatimah bint Ahmad AL-ZAHRANI', 'Fatma Bint Ahmed Al Zahrani'],
    ['Abu Bakr Rashid AL-QAHTANI', 'Abou Bakr Rachid Al Kahtani'],
    ['Uthman Hamza AL-SHAMMARI', 'Othman Hamzah Ash-Shammari'],
    ['Thamir Majid AL-MUTAIRI', 'Thamer Maged Al Mutairy'],
    ['Nasr al-Din Qasim GHANIM', 'Nasreddine Kacem Ghanem'],
    ['Mahmud Abd al-Karim HADDAD', 'Mahmoud Abdelkarim Al Haddad'],
    ['Sharaf Talal AL-GHAMDI', 'Sharaf Talaal Alghamdi'],
    ['Yasir Zayd AL-QURASHI', 'Yasser Zaid Al Koraishi'],
    ['Aisha bint Hasan AL-KUWARI', 'Aicha Bent Hassan Al Kuwari'],
    ["Ra'id Sa'ud AL-SUBAI'I", 'Raed Saud Al Subaie'],
    ['Husam al-Din JABIR', 'Hussamuddin Jaber'],
    ['Ghassan Mundhir DARWISH', 'Ghasan Munzir Derwish'],
    ['Ibrahim Dhiyab AL-OBAIDI', 'Ibrahim Ziyab Al Ubaydi'],
    ['Sulayman Awad BA-WAZIR', 'Suleiman Awadh Bawazir'],
    ['Hisham Muhammad ABU SHAQRA', 'Hicham Mohamed Abou Chakra'],
    // Maghrebi French spelling (ch, dj, ou, a silent -e, the article assimilated in es-Salam), Egyptian g for j.
    ['Karim CHABANE', 'Karim Shaban'],
    ['Ali DJOBOURI', 'Ali Jubouri'],
    ['Ouail HADDAD', 'Wael Haddad'],
    ['Abdessalam BENALI', 'Abdulsalam Benali'],
    ['Abdennour SAIDI', 'Abdulnur Saidi'],
    ['Nagib MAHFOUZ', 'Najib Mahfouz'],
    ['Amged SALEH', 'Amjad Saleh'],
    ['Ruqayyah SALEM', 'Rokeiyeh Salem'],
  ],
  'west-african': [
    ['Mamadou DIALLO', 'Mamadu Jallow'],
    ['Ousmane TRAORÉ', 'Usman Traore'],
    ['Ibrahima KEÏTA', 'Ibrahim Keita'],
    ['Abdoulaye TOURÉ', 'Abdullahi Ture'],
    ['Amadou KOUYATÉ', 'Ahmadu Kuyateh'],
    ['Alhaji Sekou CAMARA', 'El Hadj Sekou Kamara'],
    ['Mohamadou SANGARÉ', 'Muhammadu Sangare'],
    ['Boubacar COULIBALY', 'Abubakar Kulibali'],
    ['Fatoumata CISSÉ', 'Fatumata Ceesay'],
    ['Moussa KONATÉ', 'Musa Konateh'],
    ['Souleymane SOW', 'Sulaiman Sowe'],
    ['Lamine NDIAYE', 'Lamin Njie'],
    ['Aminata SYLLA', 'Aminatu Silla'],
    ['Ousmane OUÉDRAOGO', 'Usman Wedraogo'],
    ['Tidiane DIOP', 'Tijan Jobe'],
    ['Alhassane BAH', 'Alhasan Ba'],
    ['Cheikh Oumar THIAM', 'Sheikh Umar Cham'],
    ['Abdoulaye Alhadji DIAWARA', 'Abdulai Alhaji Jawara'],
    // Francophone / anglophone (Gambian, Sierra Leonean) family names, Mande and Akan forms of given names.
    ['Moussa DIARRA', 'Musa Jarrah'],
    ['Ibrahima THIAM', 'Ibrahim Tiam'],
    ['Lansana KONATÉ', 'Lansana Conteh'],
    ['Alpha KOUROUMA', 'Alpha Koroma'],
    ['Lamin DIAMÉ', 'Lamin Jammeh'],
    ['Ebrima TAAL', 'Ebrima Tall'],
    ['Sekou FADIGA', 'Sekou Fadika'],
    ['Ibrahima SOW', 'Brahima Sow'],
    ['Salif KEITA', 'Salih Keita'],
    ['Djeneba COULIBALY', 'Zeinabou Coulibaly'],
    ['Ramatoulaye DIALLO', 'Ramatu Diallo'],
    ['Akissi YAO', 'Akosua Yao'],
    ['Kwasi MENSAH', 'Akwasi Mensah'],
    ['Aminata SYLLA', 'Aminah Silla'],
  ],
  // Indian English spellings: an aspirate written or not, a schwa written or not, Bengali b for v and o for a, Tamil
  // -iam, Punjabi -inder for -endra, Gujarati Thakkar, Bengali Roy.
  'south-asian': [
    ['Subhash PATIL', 'Subash Patil'],
    ['Bikram THAPA', 'Vikram Thapa'],
    ['Debashish GHOSH', 'Debashis Ghose'],
    ['Venkataraman IYER', 'Venkatraman Iyer'],
    ['Ramachandran NAIR', 'Ramchandran Nair'],
    ['Anil UPADHYAY', 'Anil Upadhyaya'],
    ['Anand MOHAN', 'Ananda Mohan'],
    ['Krishan LAL', 'Krishna Lal'],
    ['Balasubramaniam RAJAN', 'Balasubramanian Rajan'],
    ['Sourav CHAKRABORTY', 'Sourav Chakrabarti'],
    ['Pranab ROY', 'Pranab Ray'],
    ['Suresh REDDY', 'Suresh Reddi'],
    ['Rajesh KAPOOR', 'Rajesh Kapur'],
    ['Manoj JOSHI', 'Manoj Joshee'],
    ['Ajit THAKUR', 'Ajit Thakkar'],
    ['Shrinivas RAO', 'Srinivas Rao'],
    ['Revathi MENON', 'Revati Menon'],
    ['Gopal SHARMA', 'Gopal Sarma'],
    ['Moumita SEN', 'Mowmita Sen'],
    ['Lalitha KRISHNAN', 'Lalita Krishnan'],
    ['Mahesh TEWARI', 'Mahesh Tiwari'],
    ['Prabhakar RAO', 'Prabakar Rao'],
    ['Dharmendra PATEL', 'Dharmender Patel'],
    ['Narasimhan IYENGAR', 'Narsimhan Iyengar'],
  ],
  'central-asian': [
    ['Jahongir XOLMATOV', 'Dzhakhongir Kholmatov'],
    ["Ulug'bek RUSTAMOV", 'Ulughbek Rustamov'],
    ['Sherzod TOSHMATOV', 'Sherzod Tashmatov'],
    ['Gulnora YUSUPOVA', 'Gulnara Yusupova'],
    ['Azamat QASYMOV', 'Azamat Kasymov'],
    ['Dilshod XUDOYBERDIYEV', 'Dilshad Khudoiberdiev'],
    ['Rustam SHUKUROV', 'Rustam Şükürow'],
    ['Bakhtiyor RAHIMOV', 'Baxtiyor Raximov'],
    ['Erlan ZHAKSYBEKOV', 'Yerlan Jaksybekov'],
    ['Aigerim SERIKBAEVA', 'Aygerim Serikbayeva'],
    ['Saidakbar ISMOILOV', 'Saidakbar Ismailov'],
    ['Kanat BEISENOV', 'Qanat Beysenov'],
    ['Shohrukh MIRZAEV', 'Shokhrukh Mirzayev'],
    ['Gurban ANNAYEV', 'Kurban Annaev'],
    ["Nodira To'XTAYEVA", 'Nodira Tukhtaeva'],
    ["G'ayrat NURMATOV", 'Gairat Nurmatov'],
    ['Zhandos ABDRAKHMANOV', 'Jandos Abdrahmanov'],
    ['YULDASHEV, Bakhodir', "Yo'ldoshev Bahodir"],
    ['KUCHKAROV, Atabek', "Qo'chqorov Otabek"],
    ['GULYAMOV, Shukhrat', "G'ulomov Shuhrat"],
    ['YERGASHEV, Sanzhar', 'Ergashev Sanjar'],
    ['NURMUKHAMEDOV, Rustam', 'Nurmuhammadov Rustam'],
    ['ZHAKSYLYKOV, Nurlan', 'Jaqsylyqov Nurlan'],
    ['KHODZHAEV, Farkhod', "Xo'jayev Farhod"],
    ['MAMADJANOV, Rustam', 'Mamajonov Rustam'],
  ],
  turkish: [
    ['Mehmet ŞAHIN', 'Mehmed Sahin'],
    ['Hüseyin ÇELIK', 'Husein Chelik'],
    ['Ayşe YILDIZ', 'Ayshe Yildiz'],
    ['Mustafa ÖZTÜRK', 'Mustafa Oeztuerk'],
    ['İbrahim KARAOĞLU', 'Ibrahim Karaoghlu'],
    ['Ahmet DOĞAN', 'Ahmed Dogan'],
    ['Yusuf GÜNEŞ', 'Yusuf Gunesh'],
    ['Recep AYDIN', 'Redzhep Aidyn'],
    ['Cemil KOÇ', 'Jemil Koch'],
    ['Süleyman YILMAZ', 'Suleiman Yilmaz'],
    ['Mehmet Ali KAHRAMAN', 'Muhammed Ali Kahraman'],
    ['Ömer Faruk ÇAKIR', 'Omer Farouk Chakir'],
    ['Şükrü BAYRAKTAR', 'Shukru Bayraktar'],
    ['Emine ÖZDEMIR', 'Emine Oezdemir'],
    ['Cengiz AKSOY', 'Dzhengiz Aksoi'],
    ['Osman YAZICIOĞLU', 'Osman Yazicioglu'],
  ],
  cyrillic: [
    ['KUZNETSOV, Aleksandr Sergeyevich', 'Alexander Sergeevich Kuznecov'],
    ['ZHUKOV, Yevgeniy Petrovich', 'Jewgeni Petrowitsch Schukow'],
    ['SHCHERBAKOV, Dmitriy', 'Dmitri Chtcherbakov'],
    ['TSVETKOVA, Yuliya Vladimirovna', 'Julija Vladimirovna Cvetkova'],
    ['YAKOVLEV, Andrey', 'Andrei Iakovlev'],
    ['KOVALCHUK, Nataliya', 'Natalia Kowaltschuk'],
    ['VOROBYOV, Mikhail', 'Michail Worobjow'],
    ['SHEVCHENKO, Oleksiy', 'Oleksii Shevchenko'],
    ['FYODOROV, Pyotr', 'Petr Fedorov'],
    ['ZAITSEV, Vyacheslav', 'Viacheslav Zaytsev'],
    ['SOKOLOVA, Ksenia', 'Kseniya Sokolova'],
    ['YEFIMOV, Grigoriy', 'Grigori Efimov'],
    ['SOLOVYOV, Yuriy', 'Iouri Soloviev'],
    ['ZHDANOV, Ilya', 'Ilja Schdanow'],
    ['BELYAYEVA, Anastasiya', 'Anastasia Beliaeva'],
    ['KHRUSTALYOV, Sergey', 'Sergej Chrustaljow'],
    ['SHCHUKIN, Yegor', 'Szczukin Jegor'],
    ['SHCHUKIN, Yegor', 'Chtchoukine Egor'],
    ['ALEKSEYEV, Vitaliy', 'Aleksejew Witali'],
    ['DZHUGASHVILI, Iosif', 'Jughashvili Iosif'],
    // Polish (sz, cz, szcz, c for ts, ie after a consonant, -ow, -owicz) and German -ow after a sibilant for ё (e).
    ['KHRUSHCHEV, Nikita', 'Nikita Chruszczow'],
    ['KHRUSHCHEV, Nikita', 'Nikita Chruschtschow'],
    ['SHCHUKIN, Sergei Ivanovich', 'Siergiej Iwanowicz Szczukin'],
    ['YELTSIN, Boris', 'Boris Jelcyn'],
    // Ukrainian and Belarusian forms (г as h, и as y, Olex- for Олекс-) and passport -iia.
    ['GNATYUK, Vasily', 'Vasyl Hnatiuk'],
    ['GONCHARENKO, Aleksei', 'Olexiy Honcharenko'],
    ['SOKOLOV, Aleksandr Petrovich', 'Olexandr Petrovych Sokolov'],
    ['BUDANOV, Kirill', 'Kyrylo Budanov'],
    ['KOVALCHUK, Gleb', 'Hlib Kovalchuk'],
    ['VOLKOVA, Anastasiya', 'Anastasiia Volkova'],
  ],
  'persian-diphthong': [
    ['Layla HASSAN', 'Leila Hassan'],
    ['Layla HASSAN', 'Lela Hassan'],
    ['Layla HASSAN', 'Leyla Hassan'],
    ['Laleh AHMADI', 'Lale Ahmadi'],
    ['Peyman REZAEI', 'Piman Rezaei'],
    ['Peyman REZAEI', 'Payman Rezaei'],
    ['Meysam KARIMI', 'Misam Karimi'],
    ['Meysam KARIMI', 'Maysam Karimi'],
    ['Zaynab HOSSEINI', 'Zeynab Hosseini'],
    ['Reyhaneh MORADI', 'Rehaneh Moradi'],
    ['Reyhaneh MORADI', 'Raihana Moradi'],
  ],
  // A whole name romanised from Cyrillic by another system than the list's, every part changed at once: German (Duden:
  // w, sch, tsch, ch, z, s, -ow, -witsch), French (ou, ch, tch, j, dj), Kazakh Latin (q, j, ş, ç, ğ, ä, ū, ı), Uzbek
  // Latin (x, q, j, o', g'), passport and ICAO spellings (ai / ay, ii / iy), and Turkish -attin for -al-Din.
  'cyrillic-systems': [
    ['TURDUBAEVA, Nazira', 'Nasira Turdubajewa'],
    ['ISAKOV, Bektur Azamatovich', 'Bektur Asamatowitsch Issakow'],
    ['ZHYRGALBEKOV, Askhat', 'Aschat Schyrgalbekow'],
    ['KENJEBAEVA, Aigul', 'Ajgul Kenschebajewa'],
    ['MUKHAMEDZHANOV, Rustam', 'Rustam Muchamedschanow'],
    ['ESENGULOV, Nurlan', 'Nurlan Essengulow'],
    ['ABDYKADYROVA, Gulnara Meyramovna', 'Gulnara Mejramowna Abdykadyrowa'],
    ['BAYZHANOV, Toktogul', 'Toktogul Bajschanow'],
    ['MYRZAKHOVA, Nurgul', 'Nurgul Myrsachowa'],
    ['ZHEKSENBAYEVA, Ayzhan', 'Ajschan Scheksenbajewa'],
    ['KHODZHAYEV, Zhandos Nurlanovich', 'Schandos Nurlanowitsch Chodschajew'],
    ['TOKTOSUNOV, Chingiz Kayrbekovich', 'Tschingis Kajrbekowitsch Toktossunow'],
    ['OSMONOV, Marat Azizovich', 'Marat Asisowitsch Osmonow'],
    ['TSYMBALYUK, Taras Valeriyovych', 'Taras Walerijowytsch Zymbaljuk'],
    ['ZHURAVLEV, Vyacheslav Viktorovich', 'Viatcheslav Viktorovitch Jouravlev'],
    ['KUDAIBERGENOV, Nursultan', 'Noursoultan Koudaibergenov'],
    ['SHARSHENOVA, Cholpon', 'Tcholpon Charchenova'],
    ['DZHUMAGULOV, Ruslan Timurovich', 'Rouslan Timourovitch Djoumagoulov'],
    ['BEKMURATOVA, Zhibek', 'Jibek Bekmouratova'],
    ['TULEGENOV, Ermek Serikovich', 'Ermek Serikovitch Toulegenov'],
    ['SARSENBAEV, Kairat Serikovich', 'Qairat Serikoviç Särsenbaev'],
    ['ZHAKYPOV, Daniyar', 'Daniiar Jaqypov'],
    ['NURPEISOV, Marat Talgatovich', 'Marat Talğatoviç Nūrpeiısov'],
    ['MUKHAMEDZHANOVA, Aliya', 'Aliia Mūhamedjanova'],
    ['KAIRATOV, Bauyrzhan Yerlanovich', 'Bauyrjan Erlanoviç Qairatov'],
    ['ZHUMABAEV, Kuanyshbek', 'Quanyşbek Jumabaev'],
    ['OSPANOVA, Saule Yerbolovna', 'Säule Erbolovna Ospanova'],
    ['KHUZHAYEVA, Dilnoza', "Dilnoza Xo'jayeva"],
    ['YAKUBOV, Otabek', 'Otabek Yoqubov'],
    ['RAKHIMOV, Zhasur', 'Jasur Raximov'],
    ['KHOLMURODOV, Shukhrat', 'Shuxrat Xolmurodov'],
    ['TOKHTASINOV, Ulugbek', "Ulug'bek To'xtasinov"],
    ['SEYITOVA, Aida', 'Aida Seiitova'],
    ['BAYZHANOVA, Saltanat', 'Saltanat Baizhanova'],
    ['AYTBAYEV, Kanat', 'Kanat Aitbaev'],
    ['Salahattin YILDIRIM', 'Salah al-Din Yildirim'],
  ],
  chinese: [
    ['ZHANG Wei', 'Chang Wei'],
    ['WANG Xiaoping', 'Wang Xiao Ping'],
    ['WANG Xiaoping', 'Wong Hsiao-ping'],
    ['CHEN Jianguo', 'Chen Chien-kuo'],
    ['LI Zhiqiang', 'Lee Chih-chiang'],
    ['ZHOU Xuefeng', 'Chou Hsueh-feng'],
    ['HUANG Minghui', 'Huang Ming-hui'],
    ['XU Jiahao', 'Hsu Chia-hao'],
    ['ZHAO Lijun', 'Chao Li-chun'],
    ['LIN Guoqiang', 'Lin Kuo-chiang'],
    ['YE Qing', 'Yeh Ching'],
    ['GUO Yong', 'Kuo Yung'],
    ['XIE Zhiming', 'Hsieh Chih-ming'],
    ['WANG Jianhua', 'Jianhua Wang'],
    ['ZHANG Xueliang', 'Cheung Hsueh-liang'],
    ['CAI Yingwen', 'Tsai Ying-wen'],
    ['YIN Jianguo', 'Yin Chien-kuo'],
    ['HE Zhiming', 'Ho Chih-ming'],
    ['XIA Meijuan', 'Hsia Mei-chuan'],
    ['GAO Yonghan', 'Kao Yung-han'],
    ['PENG Hui', 'Hui Peng'],
    // Cantonese spellings, one syllable to a word or joined (Hon 韓 han, Hok 學 xue, Kei 基 ji).
    ['ZHANG Xueyou', 'Cheung Hok Yau'],
    ['HAN Fengfang', 'Hon Fung-fong'],
    ['XIONG Jiji', 'Hung Kei Kei'],
  ],
  korean: [
    ['LEE Min-jun', 'Yi Minjun'],
    ['LEE Min-jun', 'Rhee Min Joon'],
    ['PARK Ji-hoon', 'Pak Chi-hun'],
    ['CHOI Seung-hyun', 'Choe Sung-hyon'],
    ['JUNG Ho-seok', 'Chung Ho Suk'],
    ['KIM Young-soo', 'Kim Yong-su'],
    ['KANG Dong-won', 'Gang Dongwon'],
    ['SHIN Hye-jin', 'Sin Hyejin'],
    ['YOON Seo-yeon', 'Yun So-yon'],
    ['CHO Myung-hwan', 'Jo Myeonghwan'],
    ['RYU Jae-won', 'Yoo Jaewon'],
    ['KWON Sang-woo', 'Gwon Sang-u'],
    ['OH Jin-woo', 'O Chin-u'],
    ['HWANG Jung-min', 'Hwang Chong-min'],
    ['CHOE Jungjeong', 'Choi Jung-jeong'],
    ['AHN Bumhye', 'An Beom-hye'],
    ['OH Hanwon', 'Oh Han-won'],
    ['HEO Jun', 'Huh Joon'],
    ['HEO Jun', 'Ho Jun'],
    // Native Korean given names (Boram, Areum, Haneul, Seulgi): syllables the Sino-Korean ones do not have.
    ['PARK Bo-ram', 'Pak Poram'],
    ['SON A-reum', 'Sohn Areum'],
    ['JUNG Ha-neul', 'Chong Ha-nul'],
    ['KANG Seul-gi', 'Gang Seulgi'],
    ['KIM Jong-un', 'Kim Jongun'],
    ['KIM Jong-un', 'Kim Chong Un'],
    // McCune-Reischauer with its breves and apostrophes (ŏ, ŭ, ch', t', p'), and the eu syllables (geuk, deuk, teuk).
    ['OH Geuk-seon', 'O Kŭk-sŏn'],
    ['HYEON Yeong-dal', 'Hyŏn Yŏng-dal'],
    ['CHOE Tae-min', "Ch'oe T'ae-min"],
    ['PYEON Deuk-su', "P'yŏn Tŭk-su"],
  ],
};

/** Another person sharing a part with a listed name above: [listed, payment]. */
const OTHER: Record<string, [string, string][]> = {
  'urdu-pashto': [
    ['Zia ur Rehman SIDDIQUI', 'Zia ur Rehman Farooqui'],
    ['Nizamuddin KHATTAK', 'Nasiruddin Khattak'],
    ['Waheed Ullah KAKAR', 'Habibullah Kakar'],
    ['Naveed SHEIKH', 'Naveed Shakir'],
    ['Faisal HASHMI', 'Faisal Hashim'],
    ['Imran BHATT', 'Imran Bhatti'],
    ['Badshah GUL', 'Badshah Khan'],
  ],
  arabic: [
    ['Abd al-Rahman Salih AL-TAMIMI', 'Abdulkarim Saleh Al Tamimi'],
    ['Nasr al-Din Qasim GHANIM', 'Nur al-Din Hamid Ghanim'],
    ['Husam al-Din JABIR', 'Hisham Jabir'],
    ['Khalid Ibn Yusuf AL-HARBI', 'Khaled Bin Yusuf Al Ghamdi'],
    ['Abdessalam BENALI', 'Abdelkarim Benali'],
    ['Amged SALEH', 'Amjad Salem'],
  ],
  'west-african': [
    ['Mamadou DIALLO', 'Mamadou Diop'],
    ['Ousmane TRAORÉ', 'Ousmane Toure'],
    ['Ebrima TAAL', 'Ebrima Touray'],
    ['Modou SECK', 'Modou Sakho'],
    ['Lamin DIAMÉ', 'Lamin Drammeh'],
    ['Aminata SYLLA', 'Aminata Sall'],
  ],
  'south-asian': [
    ['Pranab ROY', 'Pranab Rao'],
    ['Rajesh KAPOOR', 'Rajesh Kumar'],
    ['Venkataraman IYER', 'Venkataraman Iyengar'],
    ['Sourav CHAKRABORTY', 'Gaurav Chakraborty'],
    ['Dharmendra PATEL', 'Dharmesh Patel'],
    ['Subhash PATIL', 'Subhash Pawar'],
  ],
  'central-asian': [
    ['Bakhtiyor RAHIMOV', 'Bakhtiyor Karimov'],
    ['Jahongir XOLMATOV', 'Jamshid Kholmatov'],
  ],
  turkish: [
    ['Recep AYDIN', 'Cemil Aydin'],
    ['Mustafa ÖZTÜRK', 'Mustafa Özdemir'],
  ],
  cyrillic: [
    ['KUZNETSOV, Aleksandr Sergeyevich', 'Aleksei Sergeyevich Kuznetsov'],
    // h for g at the start, but another surname all the same; the family name alone is not the person.
    ['GNATYUK, Vasily', 'Vasyl Hnatenko'],
    ['KHRUSHCHEV, Nikita', 'Nikita Kharchenko'],
    ['BUDANOV, Kirill', 'Kyrylo Budko'],
    ['VOLKOVA, Anastasiya', 'Viktoriia Volkova'],
  ],
  // Laleh, Lale (tulip) and Leila, Leyla, Layla are two names: a diphthong became e or i, never a.
  'persian-diphthong': [
    ['Laleh AHMADI', 'Leila Ahmadi'],
    ['Laleh AHMADI', 'Leyla Ahmadi'],
    ['Laleh AHMADI', 'Layla Ahmadi'],
    ['Layla HASSAN', 'Lale Hassan'],
    ['Layla HASSAN', 'Laleh Hassan'],
    ['Layla HASSAN', 'Lola Hassan'],
    ['Layla HASSAN', 'Lily Hassan'],
    ['Laleh AHMADI', 'Lila Ahmadi'],
  ],
  // A given name a syllable off is another given name (another character), not a typo; He is no Hu. A lone Yin is no
  // Yan, a lone Hui no Xu (pinyin family names of their own, whatever Cantonese readings they have), and Wang is no
  // Huang by the Cantonese Ng read inside a word.
  chinese: [
    ['YIN Jianguo', 'Yan Jianguo'],
    ['XU Jiahao', 'Hui Jiahao'],
    ['HUANG Minghui', 'Wang Minghui'],
    ['ZHANG Wei', 'Zhang Hui'],
    ['HE Zhiming', 'Hu Zhiming'],
    ['HE Zhiming', 'He Zhiping'],
    ['XIA Meijuan', 'Xia Meiquan'],
    ['XIA Meijuan', 'Xia Meijun'],
    ['GAO Yonghan', 'Gao Yongchao'],
    ['GAO Yonghan', 'Gao Yongdan'],
    ['YIN Jianguo', 'Yin Jianguang'],
  ],
  // An open ŏ is never written u (Heo is no Hu, Seo-yeon no Su-yeon); a syllable otherwise is another given name.
  korean: [
    // Il and Un are given-name syllables, not the Arabic article's spellings.
    ['KIM Jong-un', 'Kim Jong Il'],
    ['PARK Bo-ram', 'Park Bo-young'],
    ['PARK Ji-hoon', 'Park Ji-yeon'],
    ['CHOE Jungjeong', 'Choe Junyeong'],
    ['AHN Bumhye', 'Ahn Bumjae'],
    ['OH Hanwon', 'O Nahwan'],
    ['HEO Jun', 'Hu Jun'],
    ['YOON Seo-yeon', 'Yoon Su-yeon'],
    ['CHOE Jungjeong', 'Choe Jungjin'],
    ['AHN Bumhye', 'Ahn Bumho'],
  ],
  // Another name of the same shape in the same system (Azamatov / Azimov, Kairatov / Kairbekov, Turdubaeva /
  // Tursunbaeva): the system's reading makes one name of one name only.
  'cyrillic-systems': [
    ['AZAMATOV, Nurlan', 'Nurlan Asimow'],
    ['KAIRATOV, Bauyrzhan Yerlanovich', 'Bauyrjan Erlanoviç Qairbekov'],
    ['TURDUBAEVA, Nazira', 'Nasira Tursunbajewa'],
    ['ZHYRGALBEKOV, Askhat', 'Aschat Schumabekow'],
    ['MUKHAMEDZHANOV, Rustam', 'Rustam Muchamedijarow'],
    ['ESENGULOV, Nurlan', 'Nurlan Esenbekow'],
    ['SARSENBAEV, Kairat Serikovich', 'Qairat Serikoviç Sarybaev'],
    ['ZHAKYPOV, Daniyar', 'Daniiar Jaqsybekov'],
    ['YAKUBOV, Otabek', 'Otabek Qurbonov'],
    ['RAKHIMOV, Zhasur', 'Jasur Karimov'],
    ['SHARSHENOVA, Cholpon', 'Tcholpon Chamchieva'],
    ['KHODZHAYEV, Zhandos Nurlanovich', 'Schandos Nurlanowitsch Chodschibekow'],
    ['SHARSHENOVA, Cholpon', 'Tcholpon Charchenbaieva'],
    ['ISAKOV, Bektur Azamatovich', 'Bektur Asamatowitsch Issabekow'],
  ],
};

const listed = [...new Set(Object.values(SAME).flatMap((pairs) => pairs.map(([l]) => l)))];
const entries = listed.map((name, i) => ({ id: `e${i}`, kind: 'person' as const, names: [name], identifiers: [] }));
const sparse = buildScreener(entries, { version: 'v', now: new Date('2026-01-01T00:00:00Z') });
const idOf = (name: string) => `e${listed.indexOf(name)}`;

/**
 * The same list in a dense world: two namesakes for every word of every name above, listed and paid (each spelling is
 * then a word the list knows for somebody, as in a real list of tens of thousands, where a variant that counts only as
 * a typo of a known word counts for nothing).
 */
const FILLERS = ['Larsen', 'Okafor', 'Nguyen', 'Kowalski', 'Fernandes', 'Moreau', 'Schulz', 'Tanaka', 'Rossi', 'Lindqvist', 'Novak', 'Horvath'];
const words = [
  ...new Set(
    Object.values(SAME)
      .concat(Object.values(OTHER))
      .flatMap((pairs) => pairs.flatMap(([l, p]) => `${l} ${p}`.split(/[\s,]+/)))
      .filter((w) => w.length > 2),
  ),
];
const namesakes = words.flatMap((w, i) =>
  [0, 1].map((k) => ({
    id: `n${i}-${k}`,
    kind: 'person' as const,
    names: [`${w} ${FILLERS[(i + k) % FILLERS.length]} ${FILLERS[(i * 5 + k * 7 + 3) % FILLERS.length]}`],
    identifiers: [],
  })),
);
const dense = buildScreener([...entries, ...namesakes], { version: 'v', now: new Date('2026-01-01T00:00:00Z') });

/**
 * Pairs a dense list still loses (a variant that counts as a typo of a known word, or brings no candidate): written as
 * failing tests, so that whoever fixes one is told to move it back. Central Asian, Cyrillic, Turkish, Chinese and
 * Korean pairs are checked in the sparse list only.
 */
const DENSE_GAPS = new Set(['Raed Saud Al Subaie', 'Suleiman Awadh Bawazir']);
const DENSE_GROUPS = new Set(['urdu-pashto', 'arabic', 'west-african', 'south-asian']);

describe.each([
  ['sparse', sparse],
  ['dense', dense],
] as const)('%s list', (list, screener) => {
  const best = (value: string) => screener.screenFields([field('name', value)]).find((h) => h.score >= HOLD);
  describe.each(Object.keys(SAME).filter((group) => list === 'sparse' || DENSE_GROUPS.has(group)))('%s: one name in two romanisations', (group) => {
    const known = (payment: string) => list === 'dense' && DENSE_GAPS.has(payment);
    test.each(SAME[group].filter(([, payment]) => !known(payment)))('listed %s, paid to %s: held', (name, payment) => {
      expect({ payment, hit: best(payment)?.entryId }).toEqual({ payment, hit: idOf(name) });
    });
    const gaps = SAME[group].filter(([, payment]) => known(payment));
    if (gaps.length > 0)
      test.failing.each(gaps)('listed %s, paid to %s: not yet held in a dense list', (name, payment) => {
        expect(best(payment)?.entryId).toBe(idOf(name));
      });
    test.each(OTHER[group])('listed %s, paid to %s: another person, not held', (name, payment) => {
      expect({ payment, hit: screener.screenFields([field('name', payment)]).some((h) => h.entryId === idOf(name) && h.score >= HOLD) }).toEqual({
        payment,
        hit: false,
      });
    });
  });
});
