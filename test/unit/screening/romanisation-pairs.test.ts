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
  ],
};

/** Another person sharing a part with a listed name above: [listed, payment]. */
const OTHER: Record<string, [string, string][]> = {
  'urdu-pashto': [
    ['Zia ur Rehman SIDDIQUI', 'Zia ur Rehman Farooqui'],
    ['Nizamuddin KHATTAK', 'Nasiruddin Khattak'],
    ['Waheed Ullah KAKAR', 'Habibullah Kakar'],
  ],
  arabic: [
    ['Abd al-Rahman Salih AL-TAMIMI', 'Abdulkarim Saleh Al Tamimi'],
    ['Nasr al-Din Qasim GHANIM', 'Nur al-Din Hamid Ghanim'],
    ['Husam al-Din JABIR', 'Hisham Jabir'],
    ['Khalid Ibn Yusuf AL-HARBI', 'Khaled Bin Yusuf Al Ghamdi'],
  ],
  'west-african': [
    ['Mamadou DIALLO', 'Mamadou Diop'],
    ['Ousmane TRAORÉ', 'Ousmane Toure'],
  ],
  'central-asian': [
    ['Bakhtiyor RAHIMOV', 'Bakhtiyor Karimov'],
    ['Jahongir XOLMATOV', 'Jamshid Kholmatov'],
  ],
  turkish: [
    ['Recep AYDIN', 'Cemil Aydin'],
    ['Mustafa ÖZTÜRK', 'Mustafa Özdemir'],
  ],
  cyrillic: [['KUZNETSOV, Aleksandr Sergeyevich', 'Aleksei Sergeyevich Kuznetsov']],
  chinese: [['ZHANG Wei', 'Zhang Hui']],
  korean: [['PARK Ji-hoon', 'Park Ji-yeon']],
};

const listed = [...new Set(Object.values(SAME).flatMap((pairs) => pairs.map(([l]) => l)))];
const entries = listed.map((name, i) => ({ id: `e${i}`, kind: 'person' as const, names: [name], identifiers: [] }));
const screener = buildScreener(entries, { version: 'v', now: new Date('2026-01-01T00:00:00Z') });
const idOf = (name: string) => `e${listed.indexOf(name)}`;
const best = (value: string) => screener.screenFields([field('name', value)]).find((h) => h.score >= HOLD);

describe.each(Object.keys(SAME))('%s: one name in two romanisations', (group) => {
  test.each(SAME[group])('listed %s, paid to %s: held', (name, payment) => {
    expect({ payment, hit: best(payment)?.entryId }).toEqual({ payment, hit: idOf(name) });
  });
  test.each(OTHER[group])('listed %s, paid to %s: another person, not held', (name, payment) => {
    expect({ payment, hit: screener.screenFields([field('name', payment)]).some((h) => h.entryId === idOf(name) && h.score >= HOLD) }).toEqual({
      payment,
      hit: false,
    });
  });
});
