/**
 * Names of cultures written in Latin letters: Hispanic (two surnames), Portuguese and Brazilian, European, and
 * Vietnamese (family name first, with its marks). General knowledge only.
 */

export const HISPANIC_GIVEN_MALE = [
  'José', 'Juan', 'Carlos', 'Luis', 'Jorge', 'Miguel', 'Alejandro', 'Fernando', 'Francisco', 'Javier', 'Manuel', 'Pedro',
  'Ricardo', 'Roberto', 'Sergio', 'Andrés', 'Diego', 'Raúl', 'Rubén', 'Óscar', 'Héctor', 'Gustavo', 'Eduardo', 'Ernesto',
  'Guillermo', 'Ignacio', 'Jesús', 'Joaquín', 'Julián', 'Lorenzo', 'Martín', 'Mauricio', 'Nicolás', 'Pablo', 'Rafael',
  'Ramón', 'Santiago', 'Tomás', 'Víctor', 'Álvaro', 'Arturo', 'Camilo', 'Emilio', 'Esteban', 'Gonzalo', 'Hugo', 'Iván',
];
export const HISPANIC_GIVEN_FEMALE = [
  'María', 'Ana', 'Carmen', 'Lucía', 'Laura', 'Marta', 'Isabel', 'Patricia', 'Sofía', 'Valentina', 'Camila', 'Daniela',
  'Gabriela', 'Verónica', 'Adriana', 'Claudia', 'Mónica', 'Beatriz', 'Rocío', 'Pilar', 'Dolores', 'Guadalupe', 'Inés',
  'Josefina', 'Mercedes', 'Natalia', 'Paula', 'Raquel', 'Rosa', 'Silvia', 'Teresa', 'Ximena', 'Yolanda', 'Alejandra',
];
export const HISPANIC_SURNAMES = [
  'García', 'Rodríguez', 'Martínez', 'Hernández', 'López', 'González', 'Pérez', 'Sánchez', 'Ramírez', 'Torres', 'Flores',
  'Rivera', 'Gómez', 'Díaz', 'Cruz', 'Morales', 'Reyes', 'Gutiérrez', 'Ortiz', 'Chávez', 'Ruiz', 'Jiménez', 'Mendoza',
  'Álvarez', 'Castillo', 'Romero', 'Vargas', 'Herrera', 'Medina', 'Aguilar', 'Moreno', 'Muñoz', 'Guerrero', 'Rojas',
  'Vázquez', 'Castro', 'Ramos', 'Delgado', 'Peña', 'Ríos', 'Núñez', 'Ibarra', 'Salazar', 'Cortés', 'Navarro', 'Domínguez',
  'Soto', 'Valencia', 'Fuentes', 'Cabrera', 'Espinoza', 'Sandoval', 'Mejía', 'Cárdenas', 'Montoya', 'Orozco', 'Zapata',
  'Villanueva', 'Quintero', 'Pineda', 'Benítez', 'Acosta', 'Figueroa', 'Carrillo', 'Bermúdez', 'Ochoa', 'Arellano',
  'Sepúlveda', 'Velásquez', 'Saavedra', 'Echeverría', 'Iturbide', 'Olmedo', 'de la Cruz', 'de la Fuente', 'del Valle',
  'de León', 'Galindo', 'Barrientos', 'Urrutia', 'Zúñiga', 'Maldonado', 'Cienfuegos', 'Altamirano', 'Bustamante',
];

export const PORTUGUESE_GIVEN_MALE = [
  'João', 'José', 'António', 'Antônio', 'Francisco', 'Carlos', 'Paulo', 'Pedro', 'Lucas', 'Luís', 'Luiz', 'Marcos', 'Gabriel',
  'Rafael', 'Daniel', 'Marcelo', 'Bruno', 'Eduardo', 'Felipe', 'Rodrigo', 'Manuel', 'Tiago', 'Thiago', 'Gonçalo', 'Rui',
  'Nuno', 'Miguel', 'Fábio', 'Leandro', 'Vinícius', 'Matheus', 'Henrique', 'Sérgio', 'Márcio', 'Rogério', 'Joaquim',
];
export const PORTUGUESE_GIVEN_FEMALE = [
  'Maria', 'Ana', 'Francisca', 'Antónia', 'Adriana', 'Juliana', 'Márcia', 'Fernanda', 'Patrícia', 'Aline', 'Beatriz', 'Inês',
  'Mariana', 'Sofia', 'Leonor', 'Carolina', 'Joana', 'Rita', 'Catarina', 'Luciana', 'Camila', 'Larissa', 'Conceição',
  'Graça', 'Fátima', 'Luísa', 'Vitória', 'Letícia', 'Débora', 'Tânia',
];
export const PORTUGUESE_SURNAMES = [
  'Silva', 'Santos', 'Oliveira', 'Souza', 'Sousa', 'Rodrigues', 'Ferreira', 'Alves', 'Pereira', 'Lima', 'Gomes', 'Costa',
  'Ribeiro', 'Martins', 'Carvalho', 'Almeida', 'Lopes', 'Soares', 'Fernandes', 'Vieira', 'Barbosa', 'Rocha', 'Dias',
  'Nascimento', 'Andrade', 'Moreira', 'Nunes', 'Marques', 'Machado', 'Mendes', 'Freitas', 'Cardoso', 'Ramos', 'Gonçalves',
  'Santana', 'Teixeira', 'Araújo', 'Pinto', 'Correia', 'Monteiro', 'Moura', 'Cavalcanti', 'Magalhães', 'Fonseca',
  'Azevedo', 'Baptista', 'Brandão', 'Coelho', 'Figueiredo', 'Guimarães', 'Medeiros', 'Pacheco', 'Queiroz', 'Tavares',
  'Vasconcelos', 'Bettencourt', 'Albuquerque', 'Lacerda', 'Sampaio', 'Siqueira', 'Toledo', 'Valadares',
];
export const PORTUGUESE_PARTICLES = ['de', 'da', 'do', 'dos', 'das'];
export const PORTUGUESE_SUFFIXES = ['Filho', 'Júnior', 'Neto', 'Sobrinho'];

/** European names by country: [given male, given female, surnames]. */
export const EUROPEAN: Record<string, { male: string[]; female: string[]; surnames: string[]; particles?: string[] }> = {
  DE: {
    male: ['Jürgen', 'Klaus', 'Stefan', 'Thomas', 'Andreas', 'Michael', 'Matthias', 'Wolfgang', 'Günter', 'Uwe', 'Jörg', 'Sören', 'Lukas', 'Maximilian', 'Florian', 'Tobias', 'Björn'],
    female: ['Ursula', 'Sabine', 'Petra', 'Monika', 'Katrin', 'Jutta', 'Birgit', 'Anja', 'Susanne', 'Jana', 'Lea', 'Hannah', 'Anneliese', 'Gudrun', 'Käthe'],
    surnames: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Schäfer', 'Koch', 'Bauer', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger', 'Hofmann', 'Hartmann', 'Lange', 'Köhler', 'Weiß', 'Jäger', 'Groß', 'Möller', 'Böhm', 'Vogt', 'Günther', 'Kühn', 'Fuchs', 'Scholz', 'Lehmann', 'Krämer', 'Franke', 'Pfeiffer'],
    particles: ['von'],
  },
  FR: {
    male: ['Jean-Pierre', 'Jean-Luc', 'François', 'Philippe', 'Michel', 'Alain', 'Éric', 'Stéphane', 'Thierry', 'Olivier', 'Sébastien', 'Jérôme', 'Benoît', 'Loïc', 'Hervé', 'Gaëtan', 'Aurélien'],
    female: ['Marie-Claire', 'Anne-Sophie', 'Isabelle', 'Nathalie', 'Sylvie', 'Céline', 'Hélène', 'Véronique', 'Brigitte', 'Mélanie', 'Élodie', 'Gaëlle', 'Chloé', 'Maëlle', 'Josiane'],
    surnames: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefèvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard', 'André', 'Lefebvre', 'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez', 'Legrand', 'Garnier', 'Faure', 'Rousseau', 'Blanc', 'Guérin', 'Muller', 'Henry', 'Roussel', 'Nicolas', 'Perrin', 'Morin', 'Mathieu', 'Clément', 'Gauthier', 'Dumont', 'Lopez', 'Fontaine', 'Chevalier', 'Robin'],
    particles: ['de', "d'", 'du', 'de la'],
  },
  IT: {
    male: ['Giuseppe', 'Giovanni', 'Antonio', 'Mario', 'Francesco', 'Luigi', 'Angelo', 'Vincenzo', 'Pietro', 'Salvatore', 'Carlo', 'Franco', 'Domenico', 'Niccolò', 'Gianluca', 'Alessandro'],
    female: ['Maria', 'Anna', 'Giuseppina', 'Rosa', 'Angela', 'Giovanna', 'Teresa', 'Lucia', 'Carmela', 'Caterina', 'Francesca', 'Chiara', 'Giulia', 'Federica'],
    surnames: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti', 'De Luca', 'Mancini', 'Costa', 'Giordano', 'Rizzo', 'Lombardi', 'Moretti', 'Barbieri', 'Fontana', 'Santoro', 'Mariani', 'Rinaldi', 'Caruso', 'Ferrara', 'Galli', 'Martini', 'Leone', "D'Angelo", 'Di Stefano', 'Lo Russo', 'Fabbri', 'Cattaneo'],
  },
  NL: {
    male: ['Jan', 'Pieter', 'Hendrik', 'Johannes', 'Willem', 'Cornelis', 'Gerrit', 'Dirk', 'Bram', 'Sander', 'Joost', 'Maarten', 'Ruud', 'Sjoerd'],
    female: ['Anna', 'Johanna', 'Maria', 'Cornelia', 'Elisabeth', 'Femke', 'Sanne', 'Lotte', 'Eline', 'Marieke', 'Anouk', 'Ineke'],
    surnames: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'van der Linden', 'Kok', 'Jacobs', 'de Haan', 'Vermeulen'],
  },
  PL: {
    male: ['Piotr', 'Krzysztof', 'Andrzej', 'Tomasz', 'Paweł', 'Jan', 'Michał', 'Marcin', 'Grzegorz', 'Józef', 'Łukasz', 'Adam', 'Zbigniew', 'Jerzy', 'Tadeusz', 'Wojciech'],
    female: ['Anna', 'Maria', 'Katarzyna', 'Małgorzata', 'Agnieszka', 'Barbara', 'Ewa', 'Krystyna', 'Elżbieta', 'Magdalena', 'Joanna', 'Zofia', 'Jadwiga', 'Urszula'],
    surnames: ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kowalczyk', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Woźniak', 'Dąbrowski', 'Kozłowski', 'Jankowski', 'Mazur', 'Kwiatkowski', 'Krawczyk', 'Piotrowski', 'Grabowski', 'Nowakowski', 'Pawłowski', 'Michalski', 'Nowicki', 'Adamczyk', 'Dudek', 'Zając', 'Wieczorek', 'Jabłoński', 'Król', 'Majewski', 'Olszewski', 'Jaworski', 'Wróbel', 'Malinowski', 'Pawlak', 'Witkowski', 'Walczak', 'Stępień', 'Górski', 'Rutkowski', 'Michalak', 'Sikora', 'Ostrowski', 'Baran', 'Duda', 'Szewczyk', 'Tomaszewski', 'Pietrzak', 'Marciniak', 'Wróblewski', 'Zalewski', 'Jakubowski', 'Jasiński', 'Zawadzki', 'Sadowski', 'Bąk', 'Chmielewski', 'Włodarczyk', 'Borkowski', 'Czarnecki', 'Sawicki', 'Sokołowski', 'Urbański', 'Kubiak', 'Maciejewski', 'Szczepański', 'Kucharski', 'Wilk', 'Kalinowski', 'Lis', 'Mazurek', 'Wysocki', 'Adamski', 'Kaźmierczak', 'Wasilewski', 'Sobczak', 'Czerwiński', 'Andrzejewski', 'Cieślak', 'Głowacki', 'Zakrzewski', 'Kołodziej', 'Sikorski', 'Krajewski', 'Gajewski', 'Szymczak', 'Szulc', 'Baranowski', 'Laskowski', 'Brzeziński', 'Makowski', 'Ziółkowski', 'Przybylski'],
  },
  CZ: {
    male: ['Jiří', 'Jan', 'Petr', 'Josef', 'Pavel', 'Martin', 'Tomáš', 'Jaroslav', 'Miroslav', 'Zdeněk', 'Václav', 'Michal', 'František', 'Jakub', 'Lukáš'],
    female: ['Marie', 'Jana', 'Eva', 'Hana', 'Anna', 'Lenka', 'Kateřina', 'Věra', 'Lucie', 'Alena', 'Petra', 'Jaroslava', 'Zdeňka', 'Markéta'],
    surnames: ['Novák', 'Svoboda', 'Novotný', 'Dvořák', 'Černý', 'Procházka', 'Kučera', 'Veselý', 'Horák', 'Němec', 'Pokorný', 'Marek', 'Pospíšil', 'Hájek', 'Jelínek', 'Král', 'Růžička', 'Beneš', 'Fiala', 'Sedláček', 'Doležal', 'Zeman', 'Kolář', 'Navrátil', 'Čermák', 'Vaněk', 'Urban', 'Blažek', 'Kříž', 'Kovář', 'Bartoš', 'Vlček', 'Polák', 'Kopecký', 'Šimek', 'Konečný', 'Malý', 'Holub', 'Štěpánek', 'Kadlec'],
  },
  NORDIC: {
    male: ['Lars', 'Anders', 'Johan', 'Erik', 'Per', 'Nils', 'Søren', 'Jørgen', 'Bjørn', 'Henrik', 'Mikael', 'Jukka', 'Matti', 'Pekka', 'Ólafur', 'Sigurður', 'Åke', 'Mads'],
    female: ['Anna', 'Eva', 'Karin', 'Kristina', 'Ingrid', 'Birgitta', 'Sigrid', 'Åsa', 'Maja', 'Liisa', 'Päivi', 'Sirpa', 'Guðrún', 'Mette', 'Signe', 'Solveig'],
    surnames: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson', 'Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Kristensen', 'Sørensen', 'Rasmussen', 'Jørgensen', 'Johansen', 'Olsen', 'Berg', 'Haugen', 'Bakke', 'Dahl', 'Lindqvist', 'Bergström', 'Lundgren', 'Sjöberg', 'Åkesson', 'Öberg', 'Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen', 'Jónsson', 'Sigurðsson', 'Guðmundsdóttir'],
  },
  GR: {
    male: ['Georgios', 'Konstantinos', 'Ioannis', 'Dimitrios', 'Nikolaos', 'Panagiotis', 'Vasileios', 'Christos', 'Athanasios', 'Michail', 'Evangelos', 'Spyridon', 'Stavros', 'Theodoros'],
    female: ['Maria', 'Eleni', 'Aikaterini', 'Vasiliki', 'Sofia', 'Angeliki', 'Georgia', 'Dimitra', 'Konstantina', 'Paraskevi', 'Evangelia', 'Christina', 'Ioanna', 'Despoina'],
    surnames: ['Papadopoulos', 'Vlachos', 'Angelopoulos', 'Nikolaidis', 'Georgiou', 'Petridis', 'Athanasiou', 'Dimitriou', 'Papadakis', 'Oikonomou', 'Konstantinidis', 'Papanikolaou', 'Christodoulou', 'Karagiannis', 'Makris', 'Pappas', 'Alexiou', 'Theodorou', 'Stavropoulos', 'Michailidis', 'Antoniou', 'Vasileiou', 'Ioannidis', 'Kyriakidis', 'Economou', 'Papageorgiou', 'Raptis', 'Tsakiris'],
  },
  GB_IE: {
    male: ['James', 'John', 'David', 'Michael', 'Robert', 'William', 'Richard', 'Paul', 'Mark', 'Andrew', 'Stephen', 'Christopher', 'Seán', 'Ciarán', 'Eoin', 'Padraig', 'Gareth', 'Rhys', 'Hamish'],
    female: ['Margaret', 'Susan', 'Sarah', 'Elizabeth', 'Catherine', 'Helen', 'Emma', 'Claire', 'Siobhán', 'Aoife', 'Niamh', 'Sinéad', 'Gwen', 'Fiona', 'Rebecca'],
    surnames: ['Smith', 'Jones', 'Williams', 'Taylor', 'Brown', 'Davies', 'Evans', 'Wilson', 'Thomas', 'Johnson', 'Roberts', 'Robinson', 'Thompson', 'Wright', 'Walker', 'White', 'Edwards', 'Hughes', 'Green', 'Hall', 'Lewis', 'Harris', 'Clarke', 'Patel', 'Jackson', "O'Brien", "O'Sullivan", "O'Connor", "O'Neill", 'MacDonald', 'McLaughlin', 'McCarthy', 'Murphy', 'Kelly', 'Byrne', 'Ryan', 'Walsh', 'Fitzgerald', 'Campbell', 'Stewart', 'MacKenzie', 'Gallagher', 'Doherty', 'Kennedy', 'Lynch', 'Quinn', 'Llewellyn', 'Pritchard', 'Cartwright', 'Ashworth', 'Whitfield'],
  },
  HU_RO: {
    male: ['László', 'István', 'József', 'János', 'Zoltán', 'Sándor', 'Gábor', 'Ferenc', 'Attila', 'Ion', 'Gheorghe', 'Vasile', 'Constantin', 'Mihai', 'Ștefan', 'Dumitru', 'Răzvan'],
    female: ['Mária', 'Erzsébet', 'Katalin', 'Ilona', 'Éva', 'Zsuzsanna', 'Ioana', 'Elena', 'Mihaela', 'Andreea', 'Ștefania', 'Cristina', 'Alexandra'],
    surnames: ['Nagy', 'Kovács', 'Tóth', 'Szabó', 'Horváth', 'Varga', 'Kiss', 'Molnár', 'Németh', 'Farkas', 'Balogh', 'Papp', 'Takács', 'Juhász', 'Lakatos', 'Mészáros', 'Oláh', 'Simon', 'Rácz', 'Fekete', 'Popescu', 'Ionescu', 'Popa', 'Radu', 'Dumitru', 'Stoica', 'Stan', 'Gheorghiu', 'Munteanu', 'Constantinescu', 'Moldovan', 'Ștefănescu', 'Lungu', 'Mărginean', 'Țurcan', 'Bălan'],
  },
};

export const VIETNAMESE_FAMILY = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý',
  'Đinh', 'Lâm', 'Trương', 'Mai', 'Đào', 'Cao', 'Lương', 'Tạ', 'Trịnh', 'Đoàn', 'Vương', 'La', 'Hà', 'Kiều', 'Châu', 'Quách',
];
export const VIETNAMESE_MIDDLE_MALE = ['Văn', 'Đức', 'Minh', 'Hữu', 'Quốc', 'Xuân', 'Công', 'Thanh', 'Gia', 'Bảo', 'Đình', 'Trọng'];
export const VIETNAMESE_MIDDLE_FEMALE = ['Thị', 'Ngọc', 'Thanh', 'Thu', 'Kim', 'Hoài', 'Bích', 'Mỹ', 'Phương', 'Diệu'];
export const VIETNAMESE_GIVEN_MALE = [
  'An', 'Anh', 'Bình', 'Cường', 'Dũng', 'Hải', 'Hiếu', 'Hòa', 'Hùng', 'Hưng', 'Khang', 'Khoa', 'Lâm', 'Long', 'Minh', 'Nam',
  'Phong', 'Phúc', 'Quân', 'Quang', 'Sơn', 'Tâm', 'Thắng', 'Thành', 'Trí', 'Trung', 'Tuấn', 'Tùng', 'Việt', 'Vinh', 'Huy', 'Đạt',
  'Bảo', 'Chiến', 'Cảnh', 'Duy', 'Dương', 'Giang', 'Hậu', 'Hiển', 'Hoàng', 'Kiên', 'Lộc', 'Luân', 'Mạnh', 'Nghĩa', 'Nhân', 'Ninh',
  'Phát', 'Quý', 'Tài', 'Thiện', 'Thông', 'Tiến', 'Toàn', 'Trọng', 'Tường', 'Văn', 'Vũ', 'Xuyên',
];
export const VIETNAMESE_GIVEN_FEMALE = [
  'Lan', 'Linh', 'Mai', 'Ngọc', 'Nhung', 'Phương', 'Thảo', 'Thủy', 'Trang', 'Vy', 'Yến', 'Hương', 'Hà', 'Hằng', 'Oanh',
  'Hạnh', 'Hoa', 'Huyền', 'Loan', 'Nga', 'Quyên', 'Tâm', 'Tuyết', 'Uyên', 'Xuân', 'Ánh', 'Châu', 'Diễm', 'Giang', 'Khánh',
  'Hiền', 'Hồng', 'Kiều', 'Lệ', 'Liên', 'My', 'Nguyệt', 'Nhi', 'Như', 'Quỳnh', 'Tiên', 'Trâm', 'Vân', 'Yên', 'Đào', 'Hậu',
];
