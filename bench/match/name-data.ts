/**
 * Public-domain-style name material for generated lists: common given names and surnames per country (as
 * found in any census top list), company words, legal forms, cities. Nothing here is a real listed party.
 */

export interface Culture {
  readonly country: string;
  readonly given: readonly string[];
  readonly surnames: readonly string[];
  /** Legal forms as written in this country's company names. */
  readonly legalForms: readonly string[];
  /** Words used in company names in this country's language. */
  readonly companyWords: readonly string[];
  /** Syllables for invented brand names. */
  readonly syllables: readonly string[];
  readonly cities: readonly string[];
  readonly streetWord: string;
  /** Names written in a non-Latin script (the list may carry them so, payments transliterate). */
  readonly script?: 'cyrillic' | 'greek' | 'arabic';
}

export const CULTURES: readonly Culture[] = [
  {
    country: 'SE', given: ['Anders', 'Lars', 'Karl', 'Erik', 'Per', 'Johan', 'Nils', 'Mikael', 'Björn', 'Åsa', 'Anna', 'Eva', 'Maria', 'Karin', 'Kristina', 'Lena', 'Ingrid', 'Sofia', 'Märta', 'Linnéa', 'Göran', 'Sören', 'Jörgen', 'Håkan', 'Ulf', 'Malin', 'Elin', 'Frida', 'Oskar', 'Gustav'],
    surnames: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson', 'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson', 'Lindberg', 'Jakobsson', 'Magnusson', 'Lindström', 'Olofsson', 'Lindqvist', 'Lindgren', 'Berg', 'Axelsson', 'Bergström', 'Lundberg', 'Lundgren', 'Lundqvist', 'Mattsson', 'Berglund', 'Fredriksson', 'Sandberg', 'Henriksson', 'Sjöberg', 'Forsberg', 'Wallin', 'Engström', 'Håkansson', 'Åkesson'],
    legalForms: ['AB', 'Aktiebolag', 'HB', 'KB'], companyWords: ['Handel', 'Bygg', 'Konsult', 'Media', 'Teknik', 'Fastigheter', 'Innehåll', 'Service', 'Förlag', 'Produktion'],
    syllables: ['sva', 'lind', 'berg', 'kvist', 'holm', 'ström', 'fjäll', 'vik', 'dal', 'sjö', 'ek', 'gran', 'björk', 'ros', 'lund'], cities: ['Stockholm', 'Göteborg', 'Malmö', 'Uppsala', 'Västerås'], streetWord: 'gatan',
  },
  {
    country: 'NO', given: ['Ole', 'Lars', 'Knut', 'Jan', 'Per', 'Bjørn', 'Arne', 'Øyvind', 'Kari', 'Ingrid', 'Liv', 'Anne', 'Solveig', 'Marit', 'Ragnhild', 'Sigrid', 'Håkon', 'Eirik', 'Torbjørn', 'Åse'],
    surnames: ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Jensen', 'Karlsen', 'Johnsen', 'Pettersen', 'Eriksen', 'Berg', 'Haugen', 'Hagen', 'Johannessen', 'Andreassen', 'Jacobsen', 'Dahl', 'Jørgensen', 'Halvorsen', 'Henriksen', 'Lund', 'Sørensen', 'Strand', 'Moen', 'Solberg', 'Bakken', 'Østby'],
    legalForms: ['AS', 'ASA', 'DA', 'ANS'], companyWords: ['Eiendom', 'Innhold', 'Media', 'Handel', 'Bygg', 'Tjenester', 'Holding', 'Invest'],
    syllables: ['fjord', 'lys', 'nor', 'vik', 'heim', 'dal', 'fjell', 'strand', 'øy', 'sund', 'nes', 'vang'], cities: ['Oslo', 'Bergen', 'Trondheim', 'Stavanger', 'Tromsø'], streetWord: 'gata',
  },
  {
    country: 'DK', given: ['Jens', 'Peter', 'Lars', 'Søren', 'Niels', 'Henrik', 'Mette', 'Hanne', 'Susanne', 'Lene', 'Kirsten', 'Bente', 'Jørgen', 'Rasmus', 'Mads', 'Freja'],
    surnames: ['Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen', 'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Christiansen', 'Poulsen', 'Johansen', 'Møller', 'Mortensen', 'Kjærgaard', 'Østergaard', 'Bækgaard'],
    legalForms: ['ApS', 'A/S', 'I/S', 'IVS'], companyWords: ['Medier', 'Handel', 'Ejendomme', 'Rådgivning', 'Service', 'Indhold'],
    syllables: ['mørk', 'blå', 'dan', 'lund', 'gaard', 'holm', 'bæk', 'skov', 'vej', 'sø'], cities: ['København', 'Aarhus', 'Odense', 'Aalborg'], streetWord: 'vej',
  },
  {
    country: 'FI', given: ['Juha', 'Timo', 'Matti', 'Kari', 'Mikko', 'Jari', 'Antti', 'Väinö', 'Tuula', 'Päivi', 'Anne', 'Sari', 'Leena', 'Tiina', 'Minna', 'Hannele', 'Jyrki', 'Pekka'],
    surnames: ['Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen', 'Lehtonen', 'Lehtinen', 'Saarinen', 'Salminen', 'Heinonen', 'Niemi', 'Heikkilä', 'Kinnunen', 'Salonen', 'Turunen'],
    legalForms: ['Oy', 'Oyj', 'Ky', 'Ay'], companyWords: ['Sisältö', 'Media', 'Palvelut', 'Kauppa', 'Rakennus', 'Konsultointi'],
    syllables: ['häm', 'ärä', 'koski', 'järvi', 'mäki', 'sal', 'vir', 'ta', 'nen', 'lah', 'ti'], cities: ['Helsinki', 'Espoo', 'Tampere', 'Turku', 'Oulu'], streetWord: 'katu',
  },
  {
    country: 'DE', given: ['Peter', 'Michael', 'Thomas', 'Andreas', 'Wolfgang', 'Klaus', 'Jürgen', 'Günter', 'Stefan', 'Uwe', 'Ursula', 'Monika', 'Petra', 'Sabine', 'Renate', 'Helga', 'Karin', 'Brigitte', 'Jörg', 'Björn', 'Lukas', 'Lena', 'Jürgen', 'Dieter', 'Hans', 'Gisela'],
    surnames: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Schäfer', 'Koch', 'Bauer', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger', 'Hofmann', 'Hartmann', 'Lange', 'Schmitt', 'Werner', 'Schmitz', 'Krause', 'Meier', 'Lehmann', 'Schmid', 'Schulze', 'Maier', 'Köhler', 'Herrmann', 'König', 'Walter', 'Mayer', 'Huber', 'Kaiser', 'Fuchs', 'Peters', 'Lang', 'Scholz', 'Möller', 'Weiß', 'Jung', 'Hahn', 'Vogel', 'Großmann', 'Müßig'],
    legalForms: ['GmbH', 'AG', 'GmbH & Co. KG', 'e.K.', 'UG (haftungsbeschränkt)', 'KG', 'OHG'], companyWords: ['Handels', 'Vertriebs', 'Medien', 'Verlag', 'Bau', 'Immobilien', 'Beratung', 'Dienstleistungen', 'Technik', 'Service', 'Logistik', 'Holding'],
    syllables: ['schat', 'ten', 'bild', 'werk', 'stein', 'berg', 'licht', 'grau', 'zone', 'nebel', 'wald', 'feld', 'haus', 'burg', 'mark'], cities: ['Berlin', 'Hamburg', 'München', 'Köln', 'Frankfurt', 'Düsseldorf'], streetWord: 'straße',
  },
  {
    country: 'NL', given: ['Jan', 'Pieter', 'Kees', 'Johannes', 'Hendrik', 'Willem', 'Maria', 'Anna', 'Johanna', 'Cornelia', 'Sanne', 'Daan', 'Sem', 'Lotte', 'Bram', 'Femke'],
    surnames: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'van der Linden', 'Kok', 'Jacobs', 'de Haan', 'Vermeulen', 'van der Wijngaarden'],
    legalForms: ['B.V.', 'N.V.', 'V.O.F.', 'C.V.'], companyWords: ['Producties', 'Media', 'Handel', 'Vastgoed', 'Diensten', 'Advies', 'Holding', 'Beheer'],
    syllables: ['don', 'ker', 'lens', 'dijk', 'water', 'molen', 'veld', 'hof', 'brug', 'land', 'zee'], cities: ['Amsterdam', 'Rotterdam', 'Den Haag', 'Utrecht', 'Eindhoven'], streetWord: 'straat',
  },
  {
    country: 'FR', given: ['Jean', 'Pierre', 'Michel', 'André', 'Philippe', 'Alain', 'Jacques', 'Bernard', 'Marie', 'Nathalie', 'Isabelle', 'Sylvie', 'Catherine', 'Françoise', 'Hélène', 'Stéphane', 'Frédéric', 'Jérôme', 'Céline', 'Amélie', 'Jean-Baptiste', 'Jean-Pierre', 'Marie-Claire', 'Anne-Sophie'],
    surnames: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefèbvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard', 'André', 'Lefèvre', 'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez', 'Legrand', 'Garnier', 'Faure', 'Rousseau', 'Blanc', 'Guérin', 'Muller', 'Henry', 'Roussel', 'Nicolas'],
    legalForms: ['SARL', 'SA', 'SAS', 'EURL', 'SNC', 'S.A.R.L.'], companyWords: ['Société', 'Productions', 'Médias', 'Éditions', 'Immobilier', 'Conseil', 'Services', 'Distribution', 'Commerce'],
    syllables: ['ombre', 'écran', 'noir', 'lu', 'mière', 'clair', 'val', 'mont', 'bel', 'rive', 'fleur'], cities: ['Paris', 'Marseille', 'Lyon', 'Toulouse', 'Nice', 'Nantes'], streetWord: 'rue',
  },
  {
    country: 'ES', given: ['Antonio', 'José', 'Manuel', 'Francisco', 'David', 'Juan', 'Javier', 'Daniel', 'María', 'Carmen', 'Josefa', 'Isabel', 'Ana', 'Laura', 'Lucía', 'Pilar', 'María José', 'José Luis', 'Jesús', 'Ángel', 'Álvaro', 'Inés'],
    surnames: ['García', 'Rodríguez', 'González', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Martín', 'Jiménez', 'Ruiz', 'Hernández', 'Díaz', 'Moreno', 'Muñoz', 'Álvarez', 'Romero', 'Alonso', 'Gutiérrez', 'Navarro', 'Torres', 'Domínguez', 'Vázquez', 'Ramos', 'Gil', 'Ramírez', 'Serrano', 'Blanco', 'Molina', 'Núñez', 'Ibáñez', 'Castillo', 'Ortega', 'Rubio'],
    legalForms: ['S.L.', 'S.A.', 'S.L.U.', 'S.C.'], companyWords: ['Contenidos', 'Digitales', 'Medios', 'Inversiones', 'Servicios', 'Comercial', 'Construcciones', 'Gestión', 'Sombras'],
    syllables: ['som', 'bra', 'luz', 'sol', 'mar', 'vista', 'alta', 'río', 'sierra', 'nova', 'vida'], cities: ['Madrid', 'Barcelona', 'Valencia', 'Sevilla', 'Zaragoza', 'Málaga'], streetWord: 'Calle',
  },
  {
    country: 'IT', given: ['Giuseppe', 'Giovanni', 'Antonio', 'Mario', 'Luigi', 'Francesco', 'Angelo', 'Vincenzo', 'Maria', 'Anna', 'Giuseppina', 'Rosa', 'Angela', 'Giovanna', 'Teresa', 'Lucia', 'Giancarlo', 'Pierluigi', 'Niccolò', 'Chiara'],
    surnames: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti', 'De Luca', 'Mancini', 'Costa', 'Giordano', 'Rizzo', 'Lombardi', 'Moretti', 'Barbieri', 'Fontana', 'Santoro', 'Mariani', 'Rinaldi', 'Caruso', 'Ferrara', 'Galli', 'Martini', 'Leone', "D'Ambrosio", "D'Angelo", 'Longo', 'Gentile', 'Martinelli'],
    legalForms: ['S.p.A.', 'S.r.l.', 'S.a.s.', 'S.n.c.'], companyWords: ['Contenuti', 'Servizi', 'Edizioni', 'Immobiliare', 'Costruzioni', 'Commerciale', 'Produzioni', 'Distribuzione'],
    syllables: ['pen', 'om', 'bra', 'luna', 'stella', 'monte', 'val', 'fiore', 'mare', 'terra', 'vento'], cities: ['Roma', 'Milano', 'Napoli', 'Torino', 'Palermo', 'Bologna'], streetWord: 'Via',
  },
  {
    country: 'PL', given: ['Piotr', 'Krzysztof', 'Andrzej', 'Tomasz', 'Paweł', 'Jan', 'Michał', 'Marcin', 'Anna', 'Maria', 'Katarzyna', 'Małgorzata', 'Agnieszka', 'Barbara', 'Ewa', 'Krystyna', 'Łukasz', 'Grzegorz', 'Józef', 'Zofia'],
    surnames: ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kowalczyk', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Woźniak', 'Dąbrowski', 'Kozłowski', 'Jankowski', 'Mazur', 'Kwiatkowski', 'Wojciechowski', 'Krawczyk', 'Kaczmarek', 'Piotrowski', 'Grabowski', 'Zając', 'Pawłowski', 'Michalski', 'Król', 'Wieczorek', 'Jabłoński', 'Wróbel', 'Nowakowski', 'Majewski', 'Olszewski'],
    legalForms: ['Sp. z o.o.', 'S.A.', 'Sp.j.', 'Sp.k.'], companyWords: ['Obraz', 'Media', 'Handel', 'Usługi', 'Budownictwo', 'Nieruchomości', 'Doradztwo', 'Ciemny', 'Produkcja'],
    syllables: ['ciem', 'ny', 'obraz', 'las', 'pol', 'wis', 'gór', 'rzek', 'zam', 'kow', 'dom'], cities: ['Warszawa', 'Kraków', 'Łódź', 'Wrocław', 'Poznań', 'Gdańsk'], streetWord: 'ul.',
  },
  {
    country: 'TR', given: ['Mehmet', 'Mustafa', 'Ahmet', 'Ali', 'Hüseyin', 'Hasan', 'İbrahim', 'Fatma', 'Ayşe', 'Emine', 'Hatice', 'Zeynep', 'Elif', 'Özlem', 'Şükrü', 'Gökhan'],
    surnames: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Yıldırım', 'Öztürk', 'Aydın', 'Özdemir', 'Arslan', 'Doğan', 'Kılıç', 'Aslan', 'Çetin', 'Kara', 'Koç', 'Kurt', 'Özkan', 'Şimşek'],
    legalForms: ['Ltd. Şti.', 'A.Ş.'], companyWords: ['İçerik', 'Medya', 'Ticaret', 'İnşaat', 'Yazılım', 'Danışmanlık', 'Karanlık'],
    syllables: ['kara', 'gök', 'yıl', 'deniz', 'dağ', 'su', 'ay', 'gün', 'kır', 'taş'], cities: ['İstanbul', 'Ankara', 'İzmir', 'Bursa', 'Antalya'], streetWord: 'Sokak',
  },
  {
    country: 'GB', given: ['James', 'John', 'Robert', 'Michael', 'William', 'David', 'Richard', 'Joseph', 'Mary', 'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Susan', 'Margaret', 'Sarah', 'Alistair', 'Fiona', 'Oliver', 'Charlotte', 'Harry', 'Emily'],
    surnames: ['Smith', 'Jones', 'Williams', 'Taylor', 'Brown', 'Davies', 'Evans', 'Wilson', 'Thomas', 'Johnson', 'Roberts', 'Robinson', 'Thompson', 'Wright', 'Walker', 'White', 'Edwards', 'Hughes', 'Green', 'Hall', 'Lewis', 'Harris', 'Clarke', 'Patel', 'Jackson', 'Wood', 'Turner', 'Martin', 'Cooper', 'Hill', "O'Brien", 'McDonald', 'Crowhurst', 'Fennimore', 'Blackwood'],
    legalForms: ['Ltd', 'Limited', 'PLC', 'LLP'], companyWords: ['Content', 'Services', 'Media', 'Trading', 'Holdings', 'Consulting', 'Properties', 'Solutions', 'Ventures', 'Group', 'Digital'],
    syllables: ['black', 'thorn', 'shadow', 'glen', 'moor', 'wood', 'stone', 'brook', 'field', 'ridge', 'vale', 'ash'], cities: ['London', 'Manchester', 'Birmingham', 'Leeds', 'Glasgow', 'Bristol'], streetWord: 'Road',
  },
  {
    country: 'US', given: ['James', 'Michael', 'Robert', 'John', 'David', 'William', 'Richard', 'Joseph', 'Mary', 'Patricia', 'Jennifer', 'Linda', 'Barbara', 'Elizabeth', 'Jessica', 'Ashley', 'Tyler', 'Brandon', 'Kayla', 'Madison'],
    surnames: ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson', 'Nguyen', 'Kim', 'Washington'],
    legalForms: ['LLC', 'Inc.', 'Corp.', 'Co.', 'L.L.C.', 'Incorporated'], companyWords: ['Media', 'Digital', 'Store', 'Holdings', 'Enterprises', 'Productions', 'Entertainment', 'Capital', 'Partners', 'Labs'],
    syllables: ['mid', 'night', 'lan', 'tern', 'quick', 'vault', 'star', 'peak', 'rock', 'bay', 'lake', 'pine'], cities: ['New York', 'Los Angeles', 'Chicago', 'Houston', 'Phoenix', 'Miami'], streetWord: 'Street',
  },
  {
    country: 'RU', script: 'cyrillic', given: ['Александр', 'Сергей', 'Дмитрий', 'Андрей', 'Алексей', 'Максим', 'Евгений', 'Иван', 'Михаил', 'Юрий', 'Елена', 'Ольга', 'Наталья', 'Татьяна', 'Юлия', 'Анастасия', 'Ирина', 'Екатерина'],
    surnames: ['Иванов', 'Смирнов', 'Кузнецов', 'Попов', 'Васильев', 'Петров', 'Соколов', 'Михайлов', 'Новиков', 'Фёдоров', 'Морозов', 'Волков', 'Алексеев', 'Лебедев', 'Семёнов', 'Егоров', 'Павлов', 'Козлов', 'Степанов', 'Николаев', 'Орлов', 'Андреев', 'Макаров', 'Никитин', 'Захаров', 'Щукин', 'Журавлёв', 'Волконский'],
    legalForms: ['ООО', 'АО', 'ПАО', 'ЗАО'], companyWords: ['Контент', 'Медиа', 'Торговый Дом', 'Строй', 'Инвест', 'Групп', 'Сервис', 'Тёмный'],
    syllables: ['тём', 'ный', 'вол', 'га', 'свет', 'ла', 'мир', 'ро', 'зар', 'ка', 'лес'], cities: ['Москва', 'Санкт-Петербург', 'Новосибирск', 'Екатеринбург', 'Казань'], streetWord: 'ул.',
  },
  {
    country: 'UA', script: 'cyrillic', given: ['Олександр', 'Сергій', 'Андрій', 'Дмитро', 'Юрій', 'Володимир', 'Олена', 'Наталія', 'Тетяна', 'Оксана', 'Ірина', 'Юлія'],
    surnames: ['Мельник', 'Шевченко', 'Коваленко', 'Бондаренко', 'Бойко', 'Ткаченко', 'Кравченко', 'Ковальчук', 'Коваль', 'Олійник', 'Шевчук', 'Поліщук', 'Лисенко', 'Руденко', 'Марченко'],
    legalForms: ['ТОВ', 'ПП', 'ПрАТ'], companyWords: ['Контент', 'Медіа', 'Торгівля', 'Сервіс', 'Інвест'],
    syllables: ['сві', 'тло', 'ко', 'зак', 'дні', 'про', 'лан', 'ка'], cities: ['Київ', 'Харків', 'Одеса', 'Дніпро', 'Львів'], streetWord: 'вул.',
  },
  {
    country: 'GR', script: 'greek', given: ['Γεώργιος', 'Ιωάννης', 'Κωνσταντίνος', 'Δημήτριος', 'Νικόλαος', 'Παναγιώτης', 'Μαρία', 'Ελένη', 'Αικατερίνη', 'Βασιλική', 'Σοφία', 'Αγγελική'],
    surnames: ['Παπαδόπουλος', 'Παπαδοπούλου', 'Βλάχος', 'Αγγελόπουλος', 'Νικολαΐδης', 'Γεωργίου', 'Οικονόμου', 'Παπαγεωργίου', 'Κωνσταντινίδης', 'Δημητρίου', 'Μακρής', 'Ιωαννίδης', 'Καραγιάννης', 'Χριστοδούλου'],
    legalForms: ['Α.Ε.', 'Ε.Π.Ε.', 'Ι.Κ.Ε.'], companyWords: ['Περιεχόμενο', 'Μέσα', 'Εμπορική', 'Υπηρεσίες', 'Σκοτεινό'],
    syllables: ['σκο', 'τει', 'νό', 'φω', 'τό', 'ήλι', 'ος', 'θά', 'λασ', 'σα'], cities: ['Αθήνα', 'Θεσσαλονίκη', 'Πάτρα', 'Ηράκλειο'], streetWord: 'Οδός',
  },
  {
    country: 'AE', script: 'arabic', given: ['محمد', 'أحمد', 'علي', 'عمر', 'خالد', 'يوسف', 'فاطمة', 'عائشة', 'مريم', 'نور', 'سارة', 'عبد الله', 'عبد الرحمن'],
    surnames: ['الفارسي', 'المنصوري', 'الهاشمي', 'الشامسي', 'الكعبي', 'المزروعي', 'النعيمي', 'الظاهري', 'السويدي', 'البلوشي', 'القاسمي'],
    legalForms: ['ذ.م.م', 'ش.م.ع'], companyWords: ['شركة', 'الرقمي', 'للتجارة', 'الإعلام', 'الظل', 'الخدمات'],
    syllables: ['نور', 'شمس', 'قمر', 'بحر', 'رمل', 'نجم'], cities: ['دبي', 'أبوظبي', 'الشارقة'], streetWord: 'شارع',
  },
];

/** Words every company register is full of: the hard negatives share them with listed names. */
export const COMMON_COMPANY_WORDS: readonly string[] = [
  'Global', 'International', 'Digital', 'Media', 'Services', 'Solutions', 'Trading', 'Holdings', 'Group', 'Consulting',
  'Technologies', 'Systems', 'Partners', 'Capital', 'Enterprises', 'Content', 'Productions', 'Network', 'Online', 'Store',
];
