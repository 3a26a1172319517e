// Judged Dutch queries for the search evaluation (tests/search/quality.test.ts).
//
// Judged by hand from the source data (seed/data/maatschappelijke_voorzieningen_sociale_kaart.csv
// and the listings seed/amsterdam.ts makes of it), as a resident and a sociaal werker would, without
// looking at the search engines. Only real places, never example content.
//
// Keys are the mvzn source id of a listing. When a facility has several source rows (Sportpark
// Middenmeer has 10), the listing is keyed by its FIRST row in file order (e.g. 'MV2481-1'); the
// evaluation maps any of a listing's source ids to it, so the choice of row does not matter.
// The comment after each id is the listing title, its stadsdeel (the Gemeente's column) and the
// number of source rows when more than one.
//
// Grades: 3 = exactly what was asked, 2 = a good answer, 1 = acceptable, absent = not relevant.
//
// Grading rules, applied the same way to every query:
// 1. Type queries ("bibliotheek", "zwembat", "speeltuinen", "bieb", "OKT"): a place of that type is 3.
//    The type comes from the Gemeente's categorie/soort, or from the place's own name when that is
//    unmistakable (Stadsboerderij Osdorp is filed as "Overig BV" and is a kinderboerderij; Speeltuin
//    Disneyland is filed as "Buurtkamer" and is a speeltuin). A place that offers the asked thing
//    inside another facility is 2 (for "zwembad": Het Marnix, the sports centre around the
//    Marnixbad, and Bijlmersportcentrum, which holds the Zuidoost pool but is filed as
//    "Overig SenS"). A near alternative a resident would accept is 1 (a Huis van de Wijk for
//    "buurtkamer"). Buurtkamers whose name says they are mainly something else (weggeefwinkel,
//    museum, school, atelier, dorpsraad, buurtboerderij, the room in a sporthal) are 2 for
//    "buurtkamer"; Jeugdland (filed "Overig BV", a large playground in Oost) is 2 for "speeltuin".
//    Typos, plurals and synonyms of a type are judged exactly like the type.
// 2. "buurthuis" / "wijkcentrum" / "buurtcentrum": every Huis van de Wijk, and buurtkamers whose
//    name says buurthuis, buurtcentrum, wijkcentrum, huis van de buurt or dorpshuis, are 3; other
//    buurtkamers and the Overig-BV ontmoetingsruimtes are 2.
// 3. Type + stadsdeel ("bibliotheek noord", "buurtkamer nieuw-west"): what the type query grades 3
//    is 3 in that stadsdeel and 1 in another stadsdeel (a resident still learns where the nearest
//    one is); what the type query grades 2 or 1 keeps that grade in the stadsdeel and does not
//    count elsewhere. The stadsdeel is the Gemeente's `stadsdeel` column, not the area the server
//    computes from the coordinates (they differ for 25 listings and one has none; e.g. Wittenburg
//    and Kattenburg are Centrum in the source). "zwembad zuidoost" has no 3 at all: no row in
//    Zuidoost is filed as Zwembad.
// 4. Street and buurt queries ("Elandsgracht", "IJburg", "De Pijp"): a place at that street, or whose
//    name carries the buurt, is 3; another place located in the buurt is 2. Buurten by postcode
//    area: IJburg 1086–1087, De Pijp 1072–1074 (stadsdeel Zuid), Bos en Lommer 1055, Indische
//    Buurt 1094–1095 without Zeeburgereiland, Watergraafsmeer 1097–1098.
// 5. Name queries ("OBA Osdorp", "Mirandabad"): the named listing is 3; a second listing of the same
//    building under a related name is also 3 (Het Marnix / Het Marnixbad); nothing else counts.
// 6. Need queries ("hulp bij opvoeding", "ergens rustig lezen"): the place whose purpose is the need
//    is 3 (OKT for opvoeding, buurtteam for geldzorgen, bibliotheek for lezen, speeltuin for spelen);
//    a place where the need is commonly met is 2 (buurtteam for opvoeding, kinderboerderij for
//    spelen, places for one group only — vrouwen, ouderen, jongeren — for "koffie drinken met
//    buren"); a place where one could ask is 1 (a Huis van de Wijk for formulieren). Places that
//    exclude the asker are not relevant (the meidenhuiskamer for "iets voor mijn tienerzoon").
// 7. Colloquial queries are judged like the need or type they stand for.
//
// Surprises in the data that these judgments keep as they are (nothing is corrected):
// typos in names ("Buurtboederij Ons Genoegen", "OBA Spaardammerbuurt", "Speeltuingebouw
// Frankendeal"), damaged characters ("Carr?", "Meidenhuiskamer Ru Par?", "Grand-Caf? Genieten"),
// two listings for one library at Roelof Hartplein 430 ("OBA" and "OBA Roelof Hartplein").

export type JudgedCategory = 'typo' | 'compound' | 'plural' | 'synonym' | 'need' | 'place' | 'stadsdeel' | 'name' | 'colloquial';

export interface JudgedQuery {
  /** The query as a resident types it. */
  q: string;
  category: JudgedCategory;
  note?: string;
  /** mvzn source id of a listing → grade (3 exact, 2 good, 1 acceptable). */
  relevant: Record<string, 1 | 2 | 3>;
}

export const judgedQueries: JudgedQuery[] = [
  {
    q: 'bibliotheak',
    category: 'typo',
    relevant: {
      'MV2948-1': 3, // Bibliotheek Weesp — Weesp
      'MV1075-1': 3, // OBA — Zuid
      'MV2941-1': 3, // OBA Banne — Noord
      'MV2961-1': 3, // OBA Bijlmerplein — Zuidoost
      'MV2954-1': 3, // OBA Bos en Lommer — West
      'MV2957-1': 3, // OBA Buitenveldert — Zuid
      'MV2936-1': 3, // OBA Casa Sofia — Nieuw-West
      'MV2958-1': 3, // OBA CC Amstel — Zuid
      'MV2952-1': 3, // OBA De Hallen — West
      'MV2962-1': 3, // OBA Ganzenhoef — Zuidoost
      'MV2937-1': 3, // OBA Geuzenveld — Nieuw-West
      'MV2945-1': 3, // OBA Ijburg — Oost
      'MV2946-1': 3, // OBA Javaplein — Oost
      'MV2947-1': 3, // OBA Linnaeus — Oost
      'MV2950-1': 3, // OBA Mercatorplein — West
      'MV2942-1': 3, // OBA Molenwijk — Noord
      'MV2960-1': 3, // OBA Olympisch Kwartier — Zuid
      'MV3058-1': 3, // OBA Oosterdok — Centrum
      'MV2938-1': 3, // OBA Osdorp — Nieuw-West
      'MV2940-1': 3, // OBA Postjesweg — Nieuw-West
      'MV2963-1': 3, // OBA Reigerbos — Zuidoost
      'MV2959-1': 3, // OBA Roelof Hartplein — Zuid
      'MV2951-1': 3, // OBA Spaardammerbuurt — West
      'MV2953-1': 3, // OBA Staatsliedenbuurt — West
      'MV2943-1': 3, // OBA Van der Pek — Noord
      'MV2944-1': 3, // OBA Waterlandplein — Noord
    },
  },
  {
    q: 'zwembat',
    category: 'typo',
    relevant: {
      'MV3048-1': 3, // Brediusbad — West (3 rows)
      'MV3082-1': 3, // De Mirandabad — Zuid (4 rows)
      'MV2968-1': 3, // Flevoparkbad — Oost (2 rows)
      'MV3067-2': 3, // Het Marnixbad — Centrum (2 rows)
      'MV3071-1': 3, // Noorderparkbad — Noord (6 rows)
      'MV3068-1': 3, // Sloterparkbad — Nieuw-West (5 rows)
      'MV3075-1': 3, // Sportfondsenbad Oost — Oost (3 rows)
      'MV3077-2': 3, // Sportplaza Mercator — West (3 rows)
      'MV3076-1': 3, // Victoriabad — Weesp
      'MV3081-1': 3, // Zuiderbad — Zuid (2 rows)
      'MV3083-1': 2, // Bijlmersportcentrum — Zuidoost
      'MV3054-1': 2, // Het Marnix — Centrum (2 rows)
    },
  },
  {
    q: 'kinderbooerderij',
    category: 'typo',
    relevant: {
      'MV1180-1': 3, // kinderboerderij / dierencapel — Centrum
      'MV1078-1': 3, // Kinderboerderij `t Brinkie — Zuidoost
      'MV1088-1': 3, // Kinderboerderij de Bijlmerweide — Zuidoost
      'MV1006-1': 3, // Kinderboerderij de Buiktuin — Noord
      'MV1070-1': 3, // Kinderboerderij de Gliphoeve — Zuidoost
      'MV1098-1': 3, // Kinderboerderij de Pijp — Zuid
      'MV1041-1': 3, // Kinderboerderij de Strohalm — Nieuw-West
      'MV1142-1': 3, // Kinderboerderij de Uylenburg/Rembrandpark — Nieuw-West
      'MV1118-1': 3, // Kinderboerderij de Werf — Oost
      'MV1152-1': 3, // Kinderboerderij Sloterpark — Nieuw-West
      'MV1064-1': 3, // Kinderboerderij Wachterlied — West
      'MV1134-1': 3, // Kinderboerderij Westerpark — West
      'MV1146-1': 3, // Stadsboerderij Amstelpark — Zuid
      'MV1234-1': 3, // Stadsboerderij Osdorp — Nieuw-West
      'MV1010-1': 3, // Stadsboerderij Zimmerhoeve — West
      'MV1135-1': 2, // Buurtboederij Ons Genoegen — West
    },
  },
  {
    q: 'jongerencentrim',
    category: 'typo',
    relevant: {
      'MV1422-2': 3, // `t Schaffie — West
      'MV1172-1': 3, // Argo — Zuid
      'MV1383-1': 3, // Banne Noord Kofschip Jongerencentrum — Noord
      'MV1062-1': 3, // Buikslotermeer Station Nrd — Noord
      'MV1205-1': 3, // Club Junior Dapper — Oost
      'MV1202-1': 3, // Cremerplein / Cremerzz — West
      'MV1091-1': 3, // De Rijn — Zuid
      'MV1043-1': 3, // De Zuidpool — West
      'MV1057-1': 3, // Edelsteen — Zuid
      'MV1085-1': 3, // IJplein/Vogelbuurt Jongerencentrum De Valk — Noord
      'MV1126-1': 3, // JACO — Oost
      'MV1123-1': 3, // Jav`Art — Oost
      'MV1137-1': 3, // JC Da Vinci — Nieuw-West
      'MV3456-1': 3, // JC de Hood — Nieuw-West
      'MV2378-1': 3, // JC De Leeuw — Nieuw-West
      'MV1197-1': 3, // JC De Spot — Nieuw-West
      'MV1087-1': 3, // JC de Tickel — Nieuw-West
      'MV1131-1': 3, // JC Home Base (Station Wildeman) — Nieuw-West
      'MV2920-1': 3, // JC Hoogheemraadweg — Nieuw-West
      'MV1121-1': 3, // JC The Matrixx — Nieuw-West
      'MV3417-1': 3, // JC The Village tijdelijkheid (Aikibudo) — Nieuw-West
      'MV3416-1': 3, // JC The Wave — Noord
      'MV3013-1': 3, // JC Trefpunt — Nieuw-West
      'MV3479-1': 3, // Jongerencentrum Anansi def Venserpolder — Zuidoost
      'MV3595-1': 3, // Jongerencentrum Baggerbeest — Oost
      'MV1342-1': 3, // Jongerencentrum IJtopia Centrumeiland — Oost
      'MV3596-1': 3, // Jongerencentrum KIT — Oost
      'MV1181-1': 3, // Jongerencentrum Reel — Centrum
      'MV1184-1': 3, // Jongerencentrum Wittenburg Oostelijke Eilanden — Centrum
      'MV3418-1': 3, // Jongerencentrum Youngin — Zuidoost
      'MV2912-1': 3, // Meidenhuiskamer Ru Par? — Nieuw-West
      'MV1232-1': 3, // Nowhere — Oost
      'MV1095-1': 3, // t Landhuis — West
      'MV3037-1': 3, // tijdelijk jongerencentrum K buurt — Zuidoost
      'MV2933-1': 3, // Trainspotting — Weesp
      'MV1157-1': 3, // Tugelahuis — Oost
      'MV1156-1': 3, // Tuindorp Oostzaan Jongerencentrum Satirius — Noord
      'MV1183-1': 3, // Van Beuningenplein — West
      'MV1420-1': 3, // Volewijck Jongerencentrum De Klusfabriek (oud) — Noord
      'MV1182-1': 3, // Volta — West
      'MV1206-1': 3, // VTC the Mall — West
      'MV1077-1': 3, // Youth Side — Oost
      'MV1615-1': 2, // Buurtkamer jongeren (Borgerbuurt) — West
      'MV1426-1': 1, // Stichting Argan jongerendebatcentrum — Nieuw-West
    },
  },
  {
    q: 'speeltiun',
    category: 'typo',
    relevant: {
      'MV1046-1': 3, // Bilderdijkpark — West
      'MV1094-1': 3, // BSVAZ — Zuid
      'MV1066-1': 3, // De Toverbal 1 — West
      'MV1241-1': 3, // De Toverbal 2 — West
      'MV1185-1': 3, // De ZuidersSpeeltuingebouw — West
      'MV1147-1': 3, // Gebouw De Noorderspeeltuin — Centrum
      'MV1195-1': 3, // Henrick de Keijser H47 — Zuid
      'MV1133-1': 3, // NatuurSpeeltuingebouw het woeste westen — West
      'MV1061-1': 3, // Ons Genoegen — Centrum
      'MV1216-1': 3, // OosterSpeeltuingebouw — Centrum
      'MV1175-1': 3, // Speeltuin De Speelvogel — Noord
      'MV3031-1': 3, // Speeltuin Disneyland — Weesp
      'MV1194-1': 3, // Speeltuin Het Bloemenkwartier — Noord
      'MV1168-1': 3, // Speeltuin Volewijck — Noord
      'MV1203-1': 3, // Speeltuingebouw Cremerplein — West
      'MV1024-1': 3, // Speeltuingebouw de Boom — West
      'MV1074-1': 3, // Speeltuingebouw De Piramide — Centrum
      'MV1226-1': 3, // Speeltuingebouw de Waag — Centrum
      'MV1207-1': 3, // Speeltuingebouw Frankendeal / amsteldorp — Oost
      'MV1200-1': 3, // Speeltuingebouw Jacob Maris — West
      'MV1229-1': 3, // Speeltuingebouw Mercator — West
      'MV3170-2': 3, // Speeltuingebouw Mercatorpark — West
      'MV1073-1': 3, // Speeltuingebouw Nieuw Gibraltar — West
      'MV1153-1': 3, // Speeltuingebouw Spaarndammerkwartier — West
      'MV1055-1': 3, // Speeltuingebouw UJ Klaren — Centrum
      'MV1099-1': 3, // Speeltuingebouw Westerkwartier / het paviljoen — West
      'MV1103-1': 3, // Speeltuingebouw Wittenburg — Centrum
      'MV1158-1': 3, // Speeltuingebouwhuisje Jouberstraat / transvaal — Oost
      'MV1230-1': 3, // Speeltuingebouwhuisje mariotteplein — Oost
      'MV1012-1': 3, // Speeltuingebouwhuisje onderlangs — Oost
      'MV1243-1': 3, // Speeltuingebouwhuisje Steve Biko — Oost
      'MV3598-1': 3, // speeltuinhuisje Sumatraplantsoen — Oost
      'MV1224-1': 3, // Speeltuinvereniging Twiske — Noord
      'MV1160-1': 3, // Zelfbeheer buurtkamer en speeltuinvereniging Nieuwendam — Noord
      'MV1164-1': 3, // Zelfbeheer Buurtkamer St. Het Middelpunt en speeltuingeb — Noord
      'MV1068-1': 2, // Jeugdland — Oost
    },
  },
  {
    q: 'buurtkammer',
    category: 'typo',
    relevant: {
      'MV1122-1': 3, // Archipel — Oost
      'MV1572-1': 3, // Banne Noord Buurtkamer De Zeeslag — Noord
      'MV1187-1': 3, // Batavia — Oost
      'MV1083-1': 3, // Bij Bosshardt inloop / activiteiten Hilversumstraat — Noord
      'MV1080-1': 3, // Bij Bosshardt inloop/ activiteiten Loenermark — Noord
      'MV1244-1': 3, // BIKO — Oost
      'MV3039-1': 3, // BK Buurtkracht — Nieuw-West
      'MV1151-1': 3, // BK De Cactus — Nieuw-West
      'MV1150-1': 3, // BK De Dichter — Nieuw-West
      'MV1033-1': 3, // BK De Dobbekamer — Nieuw-West
      'MV1587-1': 3, // BK De Drie Boertjes — Nieuw-West
      'MV2906-1': 3, // BK De Natuurkamer — Nieuw-West
      'MV3019-1': 3, // BK De Waterlelie — Nieuw-West
      'MV1208-1': 3, // BK Fiep — Nieuw-West
      'MV3478-1': 3, // BK Geuzennest — Nieuw-West
      'MV3018-1': 3, // BK Het Dorpshuis Sloten — Nieuw-West
      'MV1406-1': 3, // BK Het Eilandje — Nieuw-West
      'MV2922-1': 3, // BK Het Reimertje — Nieuw-West
      'MV2374-1': 3, // BK Jacomenius — Nieuw-West
      'MV2908-1': 3, // BK Lieven — Nieuw-West
      'MV1445-1': 3, // BK LYCKA — Nieuw-West
      'MV1038-1': 3, // BK NIVON / ESAN Het Honk — Nieuw-West
      'MV1101-1': 3, // BK Perron 32 — Nieuw-West
      'MV3586-1': 3, // BK Piet Wiedijk — Nieuw-West
      'MV2430-1': 3, // BK Sierplein — Nieuw-West
      'MV1039-1': 3, // BK Social Garden — Nieuw-West
      'MV1154-1': 3, // BK Staalmanpark — Nieuw-West
      'MV1198-1': 3, // BK Stichting De Brug — Nieuw-West
      'MV1388-1': 3, // Bos en Lommer Gibraltarstraat buurtkamer — West
      'MV1008-1': 3, // Brahmshof — Zuid
      'MV3011-1': 3, // Buuf en Buur — Noord
      'MV1173-1': 3, // Buurtcentrum `t Spinnewiel Venserpolder — Zuidoost
      'MV1191-1': 3, // Buurtcentrum De Rietwijker — Noord
      'MV1032-1': 3, // Buurtgebouw Henrick de Keijser — Zuid
      'MV1056-1': 3, // Buurthuis Plan C — Zuid
      'MV2898-1': 3, // Buurthuiskamer Bij Bosshardt OZ Achterburgwal — Centrum
      'MV3088-1': 3, // Buurthuiskamer Bij Bosshardt OZ Voorburgwal — Centrum
      'MV1457-1': 3, // Buurtkamer 1 Sluisbuurt — Oost
      'MV2930-1': 3, // Buurtkamer Aetsveld — Weesp
      'MV1019-1': 3, // Buurtkamer Bloemenbuurt / Heliotroop — Noord
      'MV1140-1': 3, // Buurtkamer Corantijn — West
      'MV1047-1': 3, // Buurtkamer Costa & Co — West
      'MV1692-1': 3, // Buurtkamer Dapperbuurt — Oost
      'MV2385-1': 3, // Buurtkamer de Bijenkorf — West
      'MV1079-1': 3, // Buurtkamer De Die — Noord
      'MV1220-1': 3, // Buurtkamer de Handreiking — Zuidoost
      'MV2931-1': 3, // Buurtkamer de Kastanje — Weesp
      'MV3029-1': 3, // Buurtkamer De Moddermolen — Centrum
      'MV2436-1': 3, // Buurtkamer de nieuwe Reiger — West
      'MV1254-1': 3, // Buurtkamer De Parel — Noord
      'MV1466-1': 3, // Buurtkamer De Steigerplek — Oost
      'MV2386-1': 3, // Buurtkamer Gulden Winckel (bestaand) — West
      'MV1176-1': 3, // Buurtkamer Havikslaan — Noord
      'MV1076-1': 3, // Buurtkamer Ijburg — Oost
      'MV1615-1': 3, // Buurtkamer jongeren (Borgerbuurt) — West
      'MV3028-1': 3, // Buurtkamer Kattenburg — Centrum
      'MV1322-1': 3, // Buurtkamer Mercatorpark — West
      'MV1249-1': 3, // Buurtkamer Multibron — Zuidoost
      'MV1252-1': 3, // Buurtkamer ons Koekoeksnest — Noord
      'MV1431-1': 3, // Buurtkamer Oostenburg Noord — Centrum
      'MV1186-1': 3, // Buurtkamer Parlarie — West
      'MV3588-1': 3, // Buurtkamer Rivierenhuis — Zuid
      'MV2375-1': 3, // buurtkamer Robert Kochplantsoen — Oost
      'MV1120-1': 3, // Buurtkamer Stellingweg — Noord
      'MV3033-1': 3, // Buurtkamer UJ Klaren (bestaand) — Centrum
      'MV3036-1': 3, // Buurtkamer Weespersluis — Weesp
      'MV1239-1': 3, // Buurtkamer Zeeburgereiland — Oost
      'MV1256-1': 3, // Buurtsalon Jeltje — West
      'MV1141-1': 3, // Casa Jepie Makandra — Zuidoost
      'MV1090-1': 3, // centrum SIMUD — Zuidoost
      'MV1117-1': 3, // Centrum Vrouw en Vaart — Nieuw-West
      'MV1097-1': 3, // d`Oude Raai — Zuid
      'MV1240-1': 3, // De Baarshaven — Zuid
      'MV3016-1': 3, // De Blauwe Huiskamer — Noord
      'MV1102-1': 3, // de Buurman — Zuid
      'MV1218-1': 3, // De Coenen — Zuid
      'MV1397-1': 3, // de Ernst — Zuid
      'MV1049-1': 3, // De Gooyer — Oost
      'MV1048-1': 3, // De Kat — Oost
      'MV3027-1': 3, // De Tweede uitleg (bestaand) — Centrum
      'MV1217-1': 3, // Dorpshuis Holysloot — Noord
      'MV3252-1': 3, // Dufay — Zuid
      'MV1192-1': 3, // Eduard Douwes Dekkerhuis — Noord
      'MV3291-1': 3, // Empowermentcentrum G-buurt — Zuidoost
      'MV1018-1': 3, // Florahofje — Noord
      'MV1247-1': 3, // Gebouw Hagendoornweg — Noord
      'MV2377-1': 3, // Grand-Caf? Genieten — Oost
      'MV3023-1': 3, // Het leefkringhuis / Armen Ineen — Noord
      'MV2932-1': 3, // Het Lichthuis — Weesp
      'MV1190-1': 3, // Hoofdkwartier — Zuid
      'MV1253-1': 3, // Huis van de buurt de Kimme — Noord
      'MV1028-1': 3, // Huis van de buurt Het Schouw — Noord
      'MV3024-1': 3, // Inloop buurtkamer Sociaal Maatsch. Werk — Noord
      'MV1045-1': 3, // Inloophuis Czaar 51 — Centrum
      'MV1246-1': 3, // Jeruzalem — Oost
      'MV1026-1': 3, // Korthagenhuis — Noord
      'MV1632-1': 3, // Kramatsalon — Oost
      'MV1251-1': 3, // Leefkringhuis — Noord
      'MV1030-1': 3, // Meergeneratiegebouw Goudestein — Zuid
      'MV1031-1': 3, // Menno Simonshuis — Zuid
      'MV1027-1': 3, // Modestraat ontmoeting — Noord
      'MV1576-1': 3, // Molenwijk Buurtkamer Diereneiland — Noord
      'MV1119-1': 3, // Molenwijk Buurtkamer Molenwijkkamer — Noord
      'MV2383-1': 3, // Muticultureel centrum Ala kondre — Zuidoost
      'MV2384-1': 3, // Nieuw Vredenburgh — West
      'MV1125-1': 3, // Olympisch kwartier — Zuid
      'MV3030-1': 3, // Ontspanning Achtergracht Zuid — Weesp
      'MV1433-1': 3, // Oud-Oost post Oost buurtkamer — Oost
      'MV1690-1': 3, // Quellijn — Zuid
      'MV1221-1': 3, // Rijn58 — Zuid
      'MV1659-1': 3, // Set — Oost
      'MV1450-1': 3, // Sloterdijk Contactbuurt: buurtkamer 2 — West
      'MV1148-1': 3, // SOOJ ouderenontmoetingscentrum — Centrum
      'MV1177-1': 3, // SOOP ouderenontmoetingscentrum — Centrum
      'MV1131-2': 3, // Station Wildeman — Nieuw-West
      'MV1128-1': 3, // Stichting de Oase Buurthuiskamer Oosterparkbuurt — Oost
      'MV1174-1': 3, // t Boeit / boeninhuis — Zuidoost
      'MV1054-1': 3, // t Hoeckhuys — Oost
      'MV3290-1': 3, // Tori Oso — Zuidoost
      'MV3409-1': 3, // Twiske-West Buurtkamer Zuideinde 369 (renovatie) — Noord
      'MV1165-1': 3, // Twiskehuis — Noord
      'MV3057-1': 3, // Volewijck Buurtkamer Tolhuis 7a (renovatie) — Noord
      'MV1035-1': 3, // Vrouwencentrum Doenja — Nieuw-West
      'MV2919-1': 3, // Vrouwencentrum Nisa4Nisa — Nieuw-West
      'MV2379-1': 3, // Vrouwencentrum Saaam — Nieuw-West
      'MV1209-1': 3, // Wachterliedpaviljoen — West
      'MV1171-1': 3, // Welkom — Zuid
      'MV2935-1': 3, // Wijkcentrum Wintertuin — Weesp
      'MV1007-1': 3, // Wijkkamer De Klipper — Noord
      'MV1139-1': 3, // Zelfbeheer BK Plan van Gool Het Breedhuis — Noord
      'MV1022-1': 3, // Zelfbeheer Buurtkamer Antoniushuis — Noord
      'MV2928-1': 3, // Zelfbeheer Buurtkamer De Bol en woonwerkco?p. — Noord
      'MV1015-1': 3, // Zelfbeheer Buurtkamer De Driehoek en weggeefwinkel — Noord
      'MV2929-1': 3, // Zelfbeheer Buurtkamer de Kleine Wereld — Noord
      'MV1236-1': 3, // Zelfbeheer Buurtkamer Dorpshuis De Beke — Noord
      'MV1016-1': 3, // Zelfbeheer Buurtkamer Het Anker — Noord
      'MV2927-1': 3, // Zelfbeheer buurtkamer Het Baken — Noord
      'MV1223-1': 3, // Zelfbeheer Buurtkamer Kadoelen — Noord
      'MV1169-1': 3, // Zelfbeheer Buurtkamer Van der Pek — Noord
      'MV1228-1': 2, // 5 Sterrenschool - SPIN — Noord
      'MV1129-1': 2, // Activiteitenruimte Wethouder Verheijhal — Oost
      'MV2432-1': 2, // Atelier77 — Zuid
      'MV1649-1': 2, // Bellamy buurtmuseum — West
      'MV1135-1': 2, // Buurtboederij Ons Genoegen — West
      'MV2916-1': 2, // Buurthuis Vooruit — Nieuw-West
      'MV2381-1': 2, // Buurtrestaurant Ijburgcollege — Oost
      'MV2913-1': 2, // Buurtwerkplaats Noorderhof — Nieuw-West
      'MV1237-1': 2, // Centrale Dorpsraad — Noord
      'MV1658-1': 2, // Cybersoek — Oost
      'MV2923-1': 2, // De Huiskamer — Nieuw-West
      'MV1029-1': 2, // Ontmoetingscentrum LEV — Zuid
      'MV3587-1': 2, // ontmoetingsruimte De Lente — Nieuw-West
      'MV2904-1': 2, // Ontmoetingsruimte De Pleinkamer — Nieuw-West
      'MV2905-1': 2, // Ontmoetingsruimte Het Paleis — Nieuw-West
      'MV2925-1': 2, // Ontmoetingsruimte Leo Polak huis — Nieuw-West
      'MV2909-1': 2, // SHE Ontmoetingsruimte — Nieuw-West
      'MV3031-1': 2, // Speeltuin Disneyland — Weesp
      'MV1051-1': 2, // Talentenkamer Piramideschool — Noord
      'MV1020-1': 2, // Weggeefwinkel Bloemenbuurt — Noord
      'MV1225-1': 1, // Activiteitencentrum MatchZO — Weesp
      'MV1188-1': 1, // Activiteitencentrum VONK — Oost
      'MV1340-1': 1, // Bonte Kraai K buurt Midden — Zuidoost
      'MV3026-1': 1, // Buurtcentrum Holendrecht — Zuidoost
      'MV1242-1': 1, // Buurtcentrum Horizon — West
      'MV1233-1': 1, // Buurthuis De Meevaart — Oost
      'MV1387-1': 1, // Buurthuis Kwakoe — Zuidoost
      'MV1005-1': 1, // De Banne — Noord
      'MV1143-1': 1, // De Boeg — West
      'MV1231-1': 1, // De Boomsspijker — Centrum
      'MV1063-1': 1, // De Eester — Oost
      'MV1011-1': 1, // De Havelaar — West
      'MV1023-1': 1, // de Klinker — West
      'MV2439-1': 1, // De Witte Boei — Centrum
      'MV1013-1': 1, // Het Brinkhuis — Oost
      'MV1060-1': 1, // Het Claverhuis — Centrum
      'MV1138-1': 1, // Het Parkhuis — Oost
      'MV1155-1': 1, // Huis van de Buurt De Koperen Knoop — West
      'MV1376-1': 1, // Huis van de Wijk Amstelkwartier 2 — Oost
      'MV1163-1': 1, // Huis van de Wijk De Evenaar — Noord
      'MV1086-1': 1, // Huis van de Wijk De Meeuw — Noord
      'MV1072-1': 1, // Huis van de Wijk Gein — Zuidoost
      'MV1127-1': 1, // Huis van de Wijk Oosterpark — Oost
      'MV1100-1': 1, // HvdW `t Blommetje — Nieuw-West
      'MV3439-1': 1, // HvdW `t Pluspunt — Nieuw-West
      'MV1009-1': 1, // HvdW Belgie — Nieuw-West
      'MV1212-1': 1, // HvdW Buitenveldert — Zuid
      'MV1053-1': 1, // HvdW De Aker — Nieuw-West
      'MV1136-1': 1, // HvdW De Buurtzaak — Nieuw-West
      'MV1227-1': 1, // HvdW De Pijp — Zuid
      'MV1222-1': 1, // HvdW Het Anker — Nieuw-West
      'MV1036-1': 1, // HvdW Honingraat Slotermeer — Nieuw-West
      'MV1219-1': 1, // HvdW Lydia — Zuid
      'MV1082-1': 1, // HvdW Olympus — Zuid
      'MV1092-1': 1, // HvdW Rivierenbuurt — Zuid
      'MV1159-1': 1, // Kraaipan — Oost
      'MV1096-1': 1, // Mansveltschool — West
      'MV1210-1': 1, // No Limit — Zuidoost
      'MV1447-1': 1, // Sloterdijk Stationskwartier: Huis van de Wijk — Nieuw-West
      'MV1461-1': 1, // Sluisbuurt huis van de wijk — Oost
      'MV1149-1': 1, // Tagerijn — West
      'MV1179-1': 1, // Waterlandpleinbuurt Huis van de Wijk Waterlandplein — Noord
      'MV1014-1': 1, // Wijkcentrum d` Oude Stadt — Centrum
    },
  },
  {
    q: 'sporthall',
    category: 'typo',
    relevant: {
      'MV2358-1': 3, // Amstelcampus — Oost
      'MV2368-1': 3, // Apollohal — Zuid
      'MV3436-1': 3, // Bijlmer Sportcentrum — Zuidoost (3 rows)
      'MV2971-1': 3, // Bijlmer Sporthal — Zuidoost
      'MV2353-1': 3, // Friendship Sports Centre — Noord
      'MV3054-1': 3, // Het Marnix — Centrum (2 rows)
      'MV2366-1': 3, // Hogendorp Sportcentrum — West
      'MV2348-1': 3, // Sportcentrum Caland — Nieuw-West
      'MV2370-1': 3, // Sportcentrum De Pijp — Zuid
      'MV3438-1': 3, // Sportcentrum Ookmeer — Nieuw-West
      'MV2347-1': 3, // Sportcomplex Amsterdam Pirates — Nieuw-West
      'MV2276-2': 3, // Sporthal CVT — Oost
      'MV2354-1': 3, // Sporthal De Weeren — Noord
      'MV2372-1': 3, // Sporthal Gaasperdam — Zuidoost
      'MV2361-1': 3, // Sporthal IJburg — Oost
      'MV2367-1': 3, // Sporthal Laan van Spartaan — West
      'MV2371-1': 3, // Sporthal ROC Europaboulevard — Zuid
      'MV2969-1': 3, // Sporthal Weespersluis — Weesp
      'MV2362-1': 3, // Sporthal Wethouder Verheij — Oost
      'MV2524-1': 3, // Sporthallen Zuid — Zuid
      'MV3083-1': 2, // Bijlmersportcentrum — Zuidoost
      'MV2970-1': 2, // Boksschool VBSK Albert Cuyp — Zuid
      'MV2513-1': 2, // Jaap Edenhal — Oost
      'MV2965-1': 2, // Spark United — Nieuw-West
      'MV2355-1': 2, // Tennishal TV Tie-Breakers — Oost
      'MV2363-1': 2, // Tennisschuur Ijburg — Oost
      'MV1129-1': 1, // Activiteitenruimte Wethouder Verheijhal — Oost
    },
  },
  {
    q: 'huis van de wyk',
    category: 'typo',
    note: 'y for ij, as typed on many phones and by non-native writers',
    relevant: {
      'MV1225-1': 3, // Activiteitencentrum MatchZO — Weesp
      'MV1188-1': 3, // Activiteitencentrum VONK — Oost
      'MV1340-1': 3, // Bonte Kraai K buurt Midden — Zuidoost
      'MV3026-1': 3, // Buurtcentrum Holendrecht — Zuidoost
      'MV1242-1': 3, // Buurtcentrum Horizon — West
      'MV1233-1': 3, // Buurthuis De Meevaart — Oost
      'MV1387-1': 3, // Buurthuis Kwakoe — Zuidoost
      'MV1005-1': 3, // De Banne — Noord
      'MV1143-1': 3, // De Boeg — West
      'MV1231-1': 3, // De Boomsspijker — Centrum
      'MV1063-1': 3, // De Eester — Oost
      'MV1011-1': 3, // De Havelaar — West
      'MV1023-1': 3, // de Klinker — West
      'MV2439-1': 3, // De Witte Boei — Centrum
      'MV1013-1': 3, // Het Brinkhuis — Oost
      'MV1060-1': 3, // Het Claverhuis — Centrum
      'MV1138-1': 3, // Het Parkhuis — Oost
      'MV1155-1': 3, // Huis van de Buurt De Koperen Knoop — West
      'MV1376-1': 3, // Huis van de Wijk Amstelkwartier 2 — Oost
      'MV1163-1': 3, // Huis van de Wijk De Evenaar — Noord
      'MV1086-1': 3, // Huis van de Wijk De Meeuw — Noord
      'MV1072-1': 3, // Huis van de Wijk Gein — Zuidoost
      'MV1127-1': 3, // Huis van de Wijk Oosterpark — Oost
      'MV1100-1': 3, // HvdW `t Blommetje — Nieuw-West
      'MV3439-1': 3, // HvdW `t Pluspunt — Nieuw-West
      'MV1009-1': 3, // HvdW Belgie — Nieuw-West
      'MV1212-1': 3, // HvdW Buitenveldert — Zuid
      'MV1053-1': 3, // HvdW De Aker — Nieuw-West
      'MV1136-1': 3, // HvdW De Buurtzaak — Nieuw-West
      'MV1227-1': 3, // HvdW De Pijp — Zuid
      'MV1222-1': 3, // HvdW Het Anker — Nieuw-West
      'MV1036-1': 3, // HvdW Honingraat Slotermeer — Nieuw-West
      'MV1219-1': 3, // HvdW Lydia — Zuid
      'MV1082-1': 3, // HvdW Olympus — Zuid
      'MV1092-1': 3, // HvdW Rivierenbuurt — Zuid
      'MV1159-1': 3, // Kraaipan — Oost
      'MV1096-1': 3, // Mansveltschool — West
      'MV1210-1': 3, // No Limit — Zuidoost
      'MV1447-1': 3, // Sloterdijk Stationskwartier: Huis van de Wijk — Nieuw-West
      'MV1461-1': 3, // Sluisbuurt huis van de wijk — Oost
      'MV1149-1': 3, // Tagerijn — West
      'MV1179-1': 3, // Waterlandpleinbuurt Huis van de Wijk Waterlandplein — Noord
      'MV1014-1': 3, // Wijkcentrum d` Oude Stadt — Centrum
      'MV3018-1': 2, // BK Het Dorpshuis Sloten — Nieuw-West
      'MV1173-1': 2, // Buurtcentrum `t Spinnewiel Venserpolder — Zuidoost
      'MV1191-1': 2, // Buurtcentrum De Rietwijker — Noord
      'MV1056-1': 2, // Buurthuis Plan C — Zuid
      'MV2916-1': 2, // Buurthuis Vooruit — Nieuw-West
      'MV2898-1': 2, // Buurthuiskamer Bij Bosshardt OZ Achterburgwal — Centrum
      'MV3088-1': 2, // Buurthuiskamer Bij Bosshardt OZ Voorburgwal — Centrum
      'MV1217-1': 2, // Dorpshuis Holysloot — Noord
      'MV1253-1': 2, // Huis van de buurt de Kimme — Noord
      'MV1028-1': 2, // Huis van de buurt Het Schouw — Noord
      'MV1128-1': 2, // Stichting de Oase Buurthuiskamer Oosterparkbuurt — Oost
      'MV2935-1': 2, // Wijkcentrum Wintertuin — Weesp
      'MV1236-1': 2, // Zelfbeheer Buurtkamer Dorpshuis De Beke — Noord
      'MV1122-1': 1, // Archipel — Oost
      'MV1572-1': 1, // Banne Noord Buurtkamer De Zeeslag — Noord
      'MV1187-1': 1, // Batavia — Oost
      'MV1083-1': 1, // Bij Bosshardt inloop / activiteiten Hilversumstraat — Noord
      'MV1080-1': 1, // Bij Bosshardt inloop/ activiteiten Loenermark — Noord
      'MV1244-1': 1, // BIKO — Oost
      'MV3039-1': 1, // BK Buurtkracht — Nieuw-West
      'MV1151-1': 1, // BK De Cactus — Nieuw-West
      'MV1150-1': 1, // BK De Dichter — Nieuw-West
      'MV1033-1': 1, // BK De Dobbekamer — Nieuw-West
      'MV1587-1': 1, // BK De Drie Boertjes — Nieuw-West
      'MV2906-1': 1, // BK De Natuurkamer — Nieuw-West
      'MV3019-1': 1, // BK De Waterlelie — Nieuw-West
      'MV1208-1': 1, // BK Fiep — Nieuw-West
      'MV3478-1': 1, // BK Geuzennest — Nieuw-West
      'MV1406-1': 1, // BK Het Eilandje — Nieuw-West
      'MV2922-1': 1, // BK Het Reimertje — Nieuw-West
      'MV2374-1': 1, // BK Jacomenius — Nieuw-West
      'MV2908-1': 1, // BK Lieven — Nieuw-West
      'MV1445-1': 1, // BK LYCKA — Nieuw-West
      'MV1038-1': 1, // BK NIVON / ESAN Het Honk — Nieuw-West
      'MV1101-1': 1, // BK Perron 32 — Nieuw-West
      'MV3586-1': 1, // BK Piet Wiedijk — Nieuw-West
      'MV2430-1': 1, // BK Sierplein — Nieuw-West
      'MV1039-1': 1, // BK Social Garden — Nieuw-West
      'MV1154-1': 1, // BK Staalmanpark — Nieuw-West
      'MV1198-1': 1, // BK Stichting De Brug — Nieuw-West
      'MV1388-1': 1, // Bos en Lommer Gibraltarstraat buurtkamer — West
      'MV1008-1': 1, // Brahmshof — Zuid
      'MV3011-1': 1, // Buuf en Buur — Noord
      'MV1032-1': 1, // Buurtgebouw Henrick de Keijser — Zuid
      'MV1457-1': 1, // Buurtkamer 1 Sluisbuurt — Oost
      'MV2930-1': 1, // Buurtkamer Aetsveld — Weesp
      'MV1019-1': 1, // Buurtkamer Bloemenbuurt / Heliotroop — Noord
      'MV1140-1': 1, // Buurtkamer Corantijn — West
      'MV1047-1': 1, // Buurtkamer Costa & Co — West
      'MV1692-1': 1, // Buurtkamer Dapperbuurt — Oost
      'MV2385-1': 1, // Buurtkamer de Bijenkorf — West
      'MV1079-1': 1, // Buurtkamer De Die — Noord
      'MV1220-1': 1, // Buurtkamer de Handreiking — Zuidoost
      'MV2931-1': 1, // Buurtkamer de Kastanje — Weesp
      'MV3029-1': 1, // Buurtkamer De Moddermolen — Centrum
      'MV2436-1': 1, // Buurtkamer de nieuwe Reiger — West
      'MV1254-1': 1, // Buurtkamer De Parel — Noord
      'MV1466-1': 1, // Buurtkamer De Steigerplek — Oost
      'MV2386-1': 1, // Buurtkamer Gulden Winckel (bestaand) — West
      'MV1176-1': 1, // Buurtkamer Havikslaan — Noord
      'MV1076-1': 1, // Buurtkamer Ijburg — Oost
      'MV1615-1': 1, // Buurtkamer jongeren (Borgerbuurt) — West
      'MV3028-1': 1, // Buurtkamer Kattenburg — Centrum
      'MV1322-1': 1, // Buurtkamer Mercatorpark — West
      'MV1249-1': 1, // Buurtkamer Multibron — Zuidoost
      'MV1252-1': 1, // Buurtkamer ons Koekoeksnest — Noord
      'MV1431-1': 1, // Buurtkamer Oostenburg Noord — Centrum
      'MV1186-1': 1, // Buurtkamer Parlarie — West
      'MV3588-1': 1, // Buurtkamer Rivierenhuis — Zuid
      'MV2375-1': 1, // buurtkamer Robert Kochplantsoen — Oost
      'MV1120-1': 1, // Buurtkamer Stellingweg — Noord
      'MV3033-1': 1, // Buurtkamer UJ Klaren (bestaand) — Centrum
      'MV3036-1': 1, // Buurtkamer Weespersluis — Weesp
      'MV1239-1': 1, // Buurtkamer Zeeburgereiland — Oost
      'MV1256-1': 1, // Buurtsalon Jeltje — West
      'MV1141-1': 1, // Casa Jepie Makandra — Zuidoost
      'MV1090-1': 1, // centrum SIMUD — Zuidoost
      'MV1117-1': 1, // Centrum Vrouw en Vaart — Nieuw-West
      'MV1097-1': 1, // d`Oude Raai — Zuid
      'MV1240-1': 1, // De Baarshaven — Zuid
      'MV3016-1': 1, // De Blauwe Huiskamer — Noord
      'MV1102-1': 1, // de Buurman — Zuid
      'MV1218-1': 1, // De Coenen — Zuid
      'MV1397-1': 1, // de Ernst — Zuid
      'MV1049-1': 1, // De Gooyer — Oost
      'MV1048-1': 1, // De Kat — Oost
      'MV3027-1': 1, // De Tweede uitleg (bestaand) — Centrum
      'MV3252-1': 1, // Dufay — Zuid
      'MV1192-1': 1, // Eduard Douwes Dekkerhuis — Noord
      'MV3291-1': 1, // Empowermentcentrum G-buurt — Zuidoost
      'MV1018-1': 1, // Florahofje — Noord
      'MV1247-1': 1, // Gebouw Hagendoornweg — Noord
      'MV2377-1': 1, // Grand-Caf? Genieten — Oost
      'MV3023-1': 1, // Het leefkringhuis / Armen Ineen — Noord
      'MV2932-1': 1, // Het Lichthuis — Weesp
      'MV1190-1': 1, // Hoofdkwartier — Zuid
      'MV3024-1': 1, // Inloop buurtkamer Sociaal Maatsch. Werk — Noord
      'MV1045-1': 1, // Inloophuis Czaar 51 — Centrum
      'MV1246-1': 1, // Jeruzalem — Oost
      'MV1026-1': 1, // Korthagenhuis — Noord
      'MV1632-1': 1, // Kramatsalon — Oost
      'MV1251-1': 1, // Leefkringhuis — Noord
      'MV1030-1': 1, // Meergeneratiegebouw Goudestein — Zuid
      'MV1031-1': 1, // Menno Simonshuis — Zuid
      'MV1027-1': 1, // Modestraat ontmoeting — Noord
      'MV1576-1': 1, // Molenwijk Buurtkamer Diereneiland — Noord
      'MV1119-1': 1, // Molenwijk Buurtkamer Molenwijkkamer — Noord
      'MV2383-1': 1, // Muticultureel centrum Ala kondre — Zuidoost
      'MV2384-1': 1, // Nieuw Vredenburgh — West
      'MV1125-1': 1, // Olympisch kwartier — Zuid
      'MV3030-1': 1, // Ontspanning Achtergracht Zuid — Weesp
      'MV1433-1': 1, // Oud-Oost post Oost buurtkamer — Oost
      'MV1690-1': 1, // Quellijn — Zuid
      'MV1221-1': 1, // Rijn58 — Zuid
      'MV1659-1': 1, // Set — Oost
      'MV1450-1': 1, // Sloterdijk Contactbuurt: buurtkamer 2 — West
      'MV1148-1': 1, // SOOJ ouderenontmoetingscentrum — Centrum
      'MV1177-1': 1, // SOOP ouderenontmoetingscentrum — Centrum
      'MV1131-2': 1, // Station Wildeman — Nieuw-West
      'MV1174-1': 1, // t Boeit / boeninhuis — Zuidoost
      'MV1054-1': 1, // t Hoeckhuys — Oost
      'MV3290-1': 1, // Tori Oso — Zuidoost
      'MV3409-1': 1, // Twiske-West Buurtkamer Zuideinde 369 (renovatie) — Noord
      'MV1165-1': 1, // Twiskehuis — Noord
      'MV3057-1': 1, // Volewijck Buurtkamer Tolhuis 7a (renovatie) — Noord
      'MV1035-1': 1, // Vrouwencentrum Doenja — Nieuw-West
      'MV2919-1': 1, // Vrouwencentrum Nisa4Nisa — Nieuw-West
      'MV2379-1': 1, // Vrouwencentrum Saaam — Nieuw-West
      'MV1209-1': 1, // Wachterliedpaviljoen — West
      'MV1171-1': 1, // Welkom — Zuid
      'MV1007-1': 1, // Wijkkamer De Klipper — Noord
      'MV1139-1': 1, // Zelfbeheer BK Plan van Gool Het Breedhuis — Noord
      'MV1022-1': 1, // Zelfbeheer Buurtkamer Antoniushuis — Noord
      'MV2928-1': 1, // Zelfbeheer Buurtkamer De Bol en woonwerkco?p. — Noord
      'MV1015-1': 1, // Zelfbeheer Buurtkamer De Driehoek en weggeefwinkel — Noord
      'MV2929-1': 1, // Zelfbeheer Buurtkamer de Kleine Wereld — Noord
      'MV1016-1': 1, // Zelfbeheer Buurtkamer Het Anker — Noord
      'MV2927-1': 1, // Zelfbeheer buurtkamer Het Baken — Noord
      'MV1223-1': 1, // Zelfbeheer Buurtkamer Kadoelen — Noord
      'MV1169-1': 1, // Zelfbeheer Buurtkamer Van der Pek — Noord
    },
  },
  {
    q: 'mirandabat',
    category: 'typo',
    relevant: {
      'MV3082-1': 3, // De Mirandabad — Zuid (4 rows)
    },
  },
  {
    q: 'biblioteek',
    category: 'typo',
    relevant: {
      'MV2948-1': 3, // Bibliotheek Weesp — Weesp
      'MV1075-1': 3, // OBA — Zuid
      'MV2941-1': 3, // OBA Banne — Noord
      'MV2961-1': 3, // OBA Bijlmerplein — Zuidoost
      'MV2954-1': 3, // OBA Bos en Lommer — West
      'MV2957-1': 3, // OBA Buitenveldert — Zuid
      'MV2936-1': 3, // OBA Casa Sofia — Nieuw-West
      'MV2958-1': 3, // OBA CC Amstel — Zuid
      'MV2952-1': 3, // OBA De Hallen — West
      'MV2962-1': 3, // OBA Ganzenhoef — Zuidoost
      'MV2937-1': 3, // OBA Geuzenveld — Nieuw-West
      'MV2945-1': 3, // OBA Ijburg — Oost
      'MV2946-1': 3, // OBA Javaplein — Oost
      'MV2947-1': 3, // OBA Linnaeus — Oost
      'MV2950-1': 3, // OBA Mercatorplein — West
      'MV2942-1': 3, // OBA Molenwijk — Noord
      'MV2960-1': 3, // OBA Olympisch Kwartier — Zuid
      'MV3058-1': 3, // OBA Oosterdok — Centrum
      'MV2938-1': 3, // OBA Osdorp — Nieuw-West
      'MV2940-1': 3, // OBA Postjesweg — Nieuw-West
      'MV2963-1': 3, // OBA Reigerbos — Zuidoost
      'MV2959-1': 3, // OBA Roelof Hartplein — Zuid
      'MV2951-1': 3, // OBA Spaardammerbuurt — West
      'MV2953-1': 3, // OBA Staatsliedenbuurt — West
      'MV2943-1': 3, // OBA Van der Pek — Noord
      'MV2944-1': 3, // OBA Waterlandplein — Noord
    },
  },
  {
    q: 'speeltuin',
    category: 'compound',
    note: 'Speeltuin Disneyland (Weesp) is filed as Buurtkamer but named a speeltuin; Jeugdland (Overig BV) is a large playground',
    relevant: {
      'MV1046-1': 3, // Bilderdijkpark — West
      'MV1094-1': 3, // BSVAZ — Zuid
      'MV1066-1': 3, // De Toverbal 1 — West
      'MV1241-1': 3, // De Toverbal 2 — West
      'MV1185-1': 3, // De ZuidersSpeeltuingebouw — West
      'MV1147-1': 3, // Gebouw De Noorderspeeltuin — Centrum
      'MV1195-1': 3, // Henrick de Keijser H47 — Zuid
      'MV1133-1': 3, // NatuurSpeeltuingebouw het woeste westen — West
      'MV1061-1': 3, // Ons Genoegen — Centrum
      'MV1216-1': 3, // OosterSpeeltuingebouw — Centrum
      'MV1175-1': 3, // Speeltuin De Speelvogel — Noord
      'MV3031-1': 3, // Speeltuin Disneyland — Weesp
      'MV1194-1': 3, // Speeltuin Het Bloemenkwartier — Noord
      'MV1168-1': 3, // Speeltuin Volewijck — Noord
      'MV1203-1': 3, // Speeltuingebouw Cremerplein — West
      'MV1024-1': 3, // Speeltuingebouw de Boom — West
      'MV1074-1': 3, // Speeltuingebouw De Piramide — Centrum
      'MV1226-1': 3, // Speeltuingebouw de Waag — Centrum
      'MV1207-1': 3, // Speeltuingebouw Frankendeal / amsteldorp — Oost
      'MV1200-1': 3, // Speeltuingebouw Jacob Maris — West
      'MV1229-1': 3, // Speeltuingebouw Mercator — West
      'MV3170-2': 3, // Speeltuingebouw Mercatorpark — West
      'MV1073-1': 3, // Speeltuingebouw Nieuw Gibraltar — West
      'MV1153-1': 3, // Speeltuingebouw Spaarndammerkwartier — West
      'MV1055-1': 3, // Speeltuingebouw UJ Klaren — Centrum
      'MV1099-1': 3, // Speeltuingebouw Westerkwartier / het paviljoen — West
      'MV1103-1': 3, // Speeltuingebouw Wittenburg — Centrum
      'MV1158-1': 3, // Speeltuingebouwhuisje Jouberstraat / transvaal — Oost
      'MV1230-1': 3, // Speeltuingebouwhuisje mariotteplein — Oost
      'MV1012-1': 3, // Speeltuingebouwhuisje onderlangs — Oost
      'MV1243-1': 3, // Speeltuingebouwhuisje Steve Biko — Oost
      'MV3598-1': 3, // speeltuinhuisje Sumatraplantsoen — Oost
      'MV1224-1': 3, // Speeltuinvereniging Twiske — Noord
      'MV1160-1': 3, // Zelfbeheer buurtkamer en speeltuinvereniging Nieuwendam — Noord
      'MV1164-1': 3, // Zelfbeheer Buurtkamer St. Het Middelpunt en speeltuingeb — Noord
      'MV1068-1': 2, // Jeugdland — Oost
    },
  },
  {
    q: 'tuin',
    category: 'compound',
    note: 'gardens, not speeltuinen; Wijkcentrum Wintertuin is named after its street and is not a garden',
    relevant: {
      'MV2903-1': 3, // Cascoland Fruittuinen — Nieuw-West
      'MV2917-1': 3, // Stadskas Tuin van Toorop — Nieuw-West
      'MV1501-1': 2, // Aemsteltuin — Zuid
      'MV1039-1': 2, // BK Social Garden — Nieuw-West
      'MV1509-1': 2, // De Roostuin — West
      'MV1503-1': 2, // F.Broekhuijsen Leeuwis — Noord
      'MV1504-1': 2, // Gaasperdamtuin — Zuidoost
      'MV1505-1': 2, // Gerrit Kalffschooltuin — Oost
      'MV1502-1': 2, // Jan P. van Blijdestijn — Nieuw-West
      'MV1507-1': 2, // Osdorptuin — Nieuw-West
      'MV1508-1': 2, // Ridderbostuin — Nieuw-West
      'MV1511-1': 2, // Tooroptuin — Nieuw-West
      'MV1512-1': 2, // Vinktuin — Oost
      'MV1513-1': 2, // Wagnertuin — Zuidoost
      'MV2906-1': 1, // BK De Natuurkamer — Nieuw-West
      'MV1006-1': 1, // Kinderboerderij de Buiktuin — Noord
    },
  },
  {
    q: 'sporthal',
    category: 'compound',
    relevant: {
      'MV2358-1': 3, // Amstelcampus — Oost
      'MV2368-1': 3, // Apollohal — Zuid
      'MV3436-1': 3, // Bijlmer Sportcentrum — Zuidoost (3 rows)
      'MV2971-1': 3, // Bijlmer Sporthal — Zuidoost
      'MV2353-1': 3, // Friendship Sports Centre — Noord
      'MV3054-1': 3, // Het Marnix — Centrum (2 rows)
      'MV2366-1': 3, // Hogendorp Sportcentrum — West
      'MV2348-1': 3, // Sportcentrum Caland — Nieuw-West
      'MV2370-1': 3, // Sportcentrum De Pijp — Zuid
      'MV3438-1': 3, // Sportcentrum Ookmeer — Nieuw-West
      'MV2347-1': 3, // Sportcomplex Amsterdam Pirates — Nieuw-West
      'MV2276-2': 3, // Sporthal CVT — Oost
      'MV2354-1': 3, // Sporthal De Weeren — Noord
      'MV2372-1': 3, // Sporthal Gaasperdam — Zuidoost
      'MV2361-1': 3, // Sporthal IJburg — Oost
      'MV2367-1': 3, // Sporthal Laan van Spartaan — West
      'MV2371-1': 3, // Sporthal ROC Europaboulevard — Zuid
      'MV2969-1': 3, // Sporthal Weespersluis — Weesp
      'MV2362-1': 3, // Sporthal Wethouder Verheij — Oost
      'MV2524-1': 3, // Sporthallen Zuid — Zuid
      'MV3083-1': 2, // Bijlmersportcentrum — Zuidoost
      'MV2970-1': 2, // Boksschool VBSK Albert Cuyp — Zuid
      'MV2513-1': 2, // Jaap Edenhal — Oost
      'MV2965-1': 2, // Spark United — Nieuw-West
      'MV2355-1': 2, // Tennishal TV Tie-Breakers — Oost
      'MV2363-1': 2, // Tennisschuur Ijburg — Oost
      'MV1129-1': 1, // Activiteitenruimte Wethouder Verheijhal — Oost
    },
  },
  {
    q: 'boerderij',
    category: 'compound',
    note: 'kinderboerderijen and stadsboerderijen; the data spells "Buurtboederij Ons Genoegen"',
    relevant: {
      'MV1180-1': 3, // kinderboerderij / dierencapel — Centrum
      'MV1078-1': 3, // Kinderboerderij `t Brinkie — Zuidoost
      'MV1088-1': 3, // Kinderboerderij de Bijlmerweide — Zuidoost
      'MV1006-1': 3, // Kinderboerderij de Buiktuin — Noord
      'MV1070-1': 3, // Kinderboerderij de Gliphoeve — Zuidoost
      'MV1098-1': 3, // Kinderboerderij de Pijp — Zuid
      'MV1041-1': 3, // Kinderboerderij de Strohalm — Nieuw-West
      'MV1142-1': 3, // Kinderboerderij de Uylenburg/Rembrandpark — Nieuw-West
      'MV1118-1': 3, // Kinderboerderij de Werf — Oost
      'MV1152-1': 3, // Kinderboerderij Sloterpark — Nieuw-West
      'MV1064-1': 3, // Kinderboerderij Wachterlied — West
      'MV1134-1': 3, // Kinderboerderij Westerpark — West
      'MV1146-1': 3, // Stadsboerderij Amstelpark — Zuid
      'MV1234-1': 3, // Stadsboerderij Osdorp — Nieuw-West
      'MV1010-1': 3, // Stadsboerderij Zimmerhoeve — West
      'MV1135-1': 2, // Buurtboederij Ons Genoegen — West
    },
  },
  {
    q: 'sportpark',
    category: 'compound',
    relevant: {
      'MV3421-1': 3, // Bijlmer Sportpark — Zuidoost
      'MV2505-1': 3, // Sportpark `t Loopveld — Zuid (3 rows)
      'MV2161-1': 3, // Sportpark Amsterdamse Bos — Zuid (2 rows)
      'MV3108-1': 3, // Sportpark Bijlmer-hockeyveld — Zuidoost
      'MV3425-1': 3, // Sportpark Buiksloterbanne — Noord (2 rows)
      'MV2431-1': 3, // Sportpark De Schinkel — Zuid
      'MV2165-1': 3, // Sportpark De Weeren — Noord (2 rows)
      'MV2166-1': 3, // Sportpark Drieburg — Oost (5 rows)
      'MV2473-1': 3, // Sportpark Durgerdam — Noord
      'MV2487-1': 3, // Sportpark IJburg — Oost
      'MV2474-1': 3, // Sportpark Joos Banckersweg — West (2 rows)
      'MV3422-1': 3, // Sportpark Kadoelen — Noord (2 rows)
      'MV3430-1': 3, // Sportpark Melkweg — Noord (2 rows)
      'MV2215-1': 3, // Sportpark Melkweg Oostzanerwerf — Noord
      'MV2481-1': 3, // Sportpark Middenmeer — Oost (10 rows)
      'MV1685-1': 3, // Sportpark Multatuli — West
      'MV3435-1': 3, // Sportpark Ookmeer — Nieuw-West (4 rows)
      'MV3426-1': 3, // Sportpark Oostzanerwerf — Noord (2 rows)
      'MV2490-1': 3, // Sportpark Papelaan — Weesp (5 rows)
      'MV3391-1': 3, // Sportpark Parkschouwburg — Centrum
      'MV2499-1': 3, // Sportpark Sloten — Nieuw-West (4 rows)
      'MV2395-1': 3, // Sportpark Transformatorweg — West (2 rows)
      'MV3431-1': 3, // Sportpark Tuindorp-Oostzaan — Noord
      'MV3428-1': 3, // Sportpark Van Heenvlietlaan — Zuid
      'MV2491-1': 3, // Sportpark Vechtoever — Weesp (2 rows)
      'MV3427-1': 3, // Sportpark W.H. Vliegenbos — Noord
      'MV2169-1': 3, // Sportpark Winterdijkplein — Zuid
      'MV2131-1': 3, // Sportpark Zeeburgereiland — Oost (11 rows)
      'MV2502-1': 2, // Roeicentrum Bosbaan — Zuid (3 rows)
      'MV1673-1': 2, // Tennispark Kadoelen — Noord
    },
  },
  {
    q: 'jongeren',
    category: 'compound',
    relevant: {
      'MV1422-2': 3, // `t Schaffie — West
      'MV1172-1': 3, // Argo — Zuid
      'MV1383-1': 3, // Banne Noord Kofschip Jongerencentrum — Noord
      'MV1062-1': 3, // Buikslotermeer Station Nrd — Noord
      'MV1615-1': 3, // Buurtkamer jongeren (Borgerbuurt) — West
      'MV1205-1': 3, // Club Junior Dapper — Oost
      'MV1202-1': 3, // Cremerplein / Cremerzz — West
      'MV1091-1': 3, // De Rijn — Zuid
      'MV1043-1': 3, // De Zuidpool — West
      'MV1057-1': 3, // Edelsteen — Zuid
      'MV1085-1': 3, // IJplein/Vogelbuurt Jongerencentrum De Valk — Noord
      'MV1126-1': 3, // JACO — Oost
      'MV1123-1': 3, // Jav`Art — Oost
      'MV1137-1': 3, // JC Da Vinci — Nieuw-West
      'MV3456-1': 3, // JC de Hood — Nieuw-West
      'MV2378-1': 3, // JC De Leeuw — Nieuw-West
      'MV1197-1': 3, // JC De Spot — Nieuw-West
      'MV1087-1': 3, // JC de Tickel — Nieuw-West
      'MV1131-1': 3, // JC Home Base (Station Wildeman) — Nieuw-West
      'MV2920-1': 3, // JC Hoogheemraadweg — Nieuw-West
      'MV1121-1': 3, // JC The Matrixx — Nieuw-West
      'MV3417-1': 3, // JC The Village tijdelijkheid (Aikibudo) — Nieuw-West
      'MV3416-1': 3, // JC The Wave — Noord
      'MV3013-1': 3, // JC Trefpunt — Nieuw-West
      'MV3479-1': 3, // Jongerencentrum Anansi def Venserpolder — Zuidoost
      'MV3595-1': 3, // Jongerencentrum Baggerbeest — Oost
      'MV1342-1': 3, // Jongerencentrum IJtopia Centrumeiland — Oost
      'MV3596-1': 3, // Jongerencentrum KIT — Oost
      'MV1181-1': 3, // Jongerencentrum Reel — Centrum
      'MV1184-1': 3, // Jongerencentrum Wittenburg Oostelijke Eilanden — Centrum
      'MV3418-1': 3, // Jongerencentrum Youngin — Zuidoost
      'MV2912-1': 3, // Meidenhuiskamer Ru Par? — Nieuw-West
      'MV1232-1': 3, // Nowhere — Oost
      'MV1426-1': 3, // Stichting Argan jongerendebatcentrum — Nieuw-West
      'MV1095-1': 3, // t Landhuis — West
      'MV3037-1': 3, // tijdelijk jongerencentrum K buurt — Zuidoost
      'MV2933-1': 3, // Trainspotting — Weesp
      'MV1157-1': 3, // Tugelahuis — Oost
      'MV1156-1': 3, // Tuindorp Oostzaan Jongerencentrum Satirius — Noord
      'MV1183-1': 3, // Van Beuningenplein — West
      'MV1420-1': 3, // Volewijck Jongerencentrum De Klusfabriek (oud) — Noord
      'MV1182-1': 3, // Volta — West
      'MV1206-1': 3, // VTC the Mall — West
      'MV1077-1': 3, // Youth Side — Oost
      'MV1238-1': 1, // OKT Bijlmer Centrum H-Buurt — Zuidoost
      'MV1071-1': 1, // OKT Bijlmer Oost Bijlmerdreef 1134 — Zuidoost
      'MV1067-1': 1, // OKT Bijlmer Oost Bijlmerdreef 618 — Zuidoost
      'MV1065-1': 1, // OKT Bos en Lommer — West
      'MV1044-1': 1, // OKT Brederodestraat Oud West — West
      'MV1189-1': 1, // OKT De Kikker — Nieuw-West
      'MV1215-1': 1, // OKT De Pijp Rivierenbuurt — Zuid
      'MV1235-1': 1, // OKT Het Meervoud — Nieuw-West
      'MV1040-1': 1, // OKT Honingraat — Nieuw-West
      'MV1042-1': 1, // OKT Magalhaensplein — West
      'MV1178-1': 1, // OKT Noord Oost — Noord
      'MV1162-1': 1, // OKT Noord West — Noord
      'MV1021-1': 1, // OKT Oud Noord — Noord
      'MV1050-1': 1, // OKT Oud Oost — Oost
      'MV1069-1': 1, // OKT Reigersbos — Zuidoost
      'MV1410-1': 1, // OKT uitbreiding Honingraat — Nieuw-West
      'MV1084-1': 1, // OKT Westerpark — West
      'MV1360-1': 1, // OKT WTV midden — Oost
      'MV1199-1': 1, // Pluspunt — Nieuw-West
    },
  },
  {
    q: 'schooltuin',
    category: 'compound',
    relevant: {
      'MV1501-1': 3, // Aemsteltuin — Zuid
      'MV1509-1': 3, // De Roostuin — West
      'MV1503-1': 3, // F.Broekhuijsen Leeuwis — Noord
      'MV1504-1': 3, // Gaasperdamtuin — Zuidoost
      'MV1505-1': 3, // Gerrit Kalffschooltuin — Oost
      'MV1502-1': 3, // Jan P. van Blijdestijn — Nieuw-West
      'MV1507-1': 3, // Osdorptuin — Nieuw-West
      'MV1508-1': 3, // Ridderbostuin — Nieuw-West
      'MV1511-1': 3, // Tooroptuin — Nieuw-West
      'MV1512-1': 3, // Vinktuin — Oost
      'MV1513-1': 3, // Wagnertuin — Zuidoost
      'MV2903-1': 1, // Cascoland Fruittuinen — Nieuw-West
      'MV2917-1': 1, // Stadskas Tuin van Toorop — Nieuw-West
    },
  },
  {
    q: 'sportcentrum',
    category: 'compound',
    note: 'includes the closed compound "Bijlmersportcentrum" and "Friendship Sports Centre"',
    relevant: {
      'MV3436-1': 3, // Bijlmer Sportcentrum — Zuidoost (3 rows)
      'MV3083-1': 3, // Bijlmersportcentrum — Zuidoost
      'MV2353-1': 3, // Friendship Sports Centre — Noord
      'MV2366-1': 3, // Hogendorp Sportcentrum — West
      'MV2348-1': 3, // Sportcentrum Caland — Nieuw-West
      'MV2370-1': 3, // Sportcentrum De Pijp — Zuid
      'MV3438-1': 3, // Sportcentrum Ookmeer — Nieuw-West
      'MV2358-1': 2, // Amstelcampus — Oost
      'MV2368-1': 2, // Apollohal — Zuid
      'MV2971-1': 2, // Bijlmer Sporthal — Zuidoost
      'MV3054-1': 2, // Het Marnix — Centrum (2 rows)
      'MV2965-1': 2, // Spark United — Nieuw-West
      'MV2347-1': 2, // Sportcomplex Amsterdam Pirates — Nieuw-West
      'MV2276-2': 2, // Sporthal CVT — Oost
      'MV2354-1': 2, // Sporthal De Weeren — Noord
      'MV2372-1': 2, // Sporthal Gaasperdam — Zuidoost
      'MV2361-1': 2, // Sporthal IJburg — Oost
      'MV2367-1': 2, // Sporthal Laan van Spartaan — West
      'MV2371-1': 2, // Sporthal ROC Europaboulevard — Zuid
      'MV2969-1': 2, // Sporthal Weespersluis — Weesp
      'MV2362-1': 2, // Sporthal Wethouder Verheij — Oost
      'MV2524-1': 2, // Sporthallen Zuid — Zuid
    },
  },
  {
    q: 'huiskamer',
    category: 'compound',
    note: '"huiskamer van de buurt" = buurtkamer; Meidenhuiskamer is for girls only',
    relevant: {
      'MV2898-1': 3, // Buurthuiskamer Bij Bosshardt OZ Achterburgwal — Centrum
      'MV3088-1': 3, // Buurthuiskamer Bij Bosshardt OZ Voorburgwal — Centrum
      'MV3016-1': 3, // De Blauwe Huiskamer — Noord
      'MV2923-1': 3, // De Huiskamer — Nieuw-West
      'MV1128-1': 3, // Stichting de Oase Buurthuiskamer Oosterparkbuurt — Oost
      'MV1122-1': 2, // Archipel — Oost
      'MV1572-1': 2, // Banne Noord Buurtkamer De Zeeslag — Noord
      'MV1187-1': 2, // Batavia — Oost
      'MV1083-1': 2, // Bij Bosshardt inloop / activiteiten Hilversumstraat — Noord
      'MV1080-1': 2, // Bij Bosshardt inloop/ activiteiten Loenermark — Noord
      'MV1244-1': 2, // BIKO — Oost
      'MV3039-1': 2, // BK Buurtkracht — Nieuw-West
      'MV1151-1': 2, // BK De Cactus — Nieuw-West
      'MV1150-1': 2, // BK De Dichter — Nieuw-West
      'MV1033-1': 2, // BK De Dobbekamer — Nieuw-West
      'MV1587-1': 2, // BK De Drie Boertjes — Nieuw-West
      'MV2906-1': 2, // BK De Natuurkamer — Nieuw-West
      'MV3019-1': 2, // BK De Waterlelie — Nieuw-West
      'MV1208-1': 2, // BK Fiep — Nieuw-West
      'MV3478-1': 2, // BK Geuzennest — Nieuw-West
      'MV3018-1': 2, // BK Het Dorpshuis Sloten — Nieuw-West
      'MV1406-1': 2, // BK Het Eilandje — Nieuw-West
      'MV2922-1': 2, // BK Het Reimertje — Nieuw-West
      'MV2374-1': 2, // BK Jacomenius — Nieuw-West
      'MV2908-1': 2, // BK Lieven — Nieuw-West
      'MV1445-1': 2, // BK LYCKA — Nieuw-West
      'MV1038-1': 2, // BK NIVON / ESAN Het Honk — Nieuw-West
      'MV1101-1': 2, // BK Perron 32 — Nieuw-West
      'MV3586-1': 2, // BK Piet Wiedijk — Nieuw-West
      'MV2430-1': 2, // BK Sierplein — Nieuw-West
      'MV1039-1': 2, // BK Social Garden — Nieuw-West
      'MV1154-1': 2, // BK Staalmanpark — Nieuw-West
      'MV1198-1': 2, // BK Stichting De Brug — Nieuw-West
      'MV1388-1': 2, // Bos en Lommer Gibraltarstraat buurtkamer — West
      'MV1008-1': 2, // Brahmshof — Zuid
      'MV3011-1': 2, // Buuf en Buur — Noord
      'MV1173-1': 2, // Buurtcentrum `t Spinnewiel Venserpolder — Zuidoost
      'MV1191-1': 2, // Buurtcentrum De Rietwijker — Noord
      'MV1032-1': 2, // Buurtgebouw Henrick de Keijser — Zuid
      'MV1056-1': 2, // Buurthuis Plan C — Zuid
      'MV2916-1': 2, // Buurthuis Vooruit — Nieuw-West
      'MV1457-1': 2, // Buurtkamer 1 Sluisbuurt — Oost
      'MV2930-1': 2, // Buurtkamer Aetsveld — Weesp
      'MV1019-1': 2, // Buurtkamer Bloemenbuurt / Heliotroop — Noord
      'MV1140-1': 2, // Buurtkamer Corantijn — West
      'MV1047-1': 2, // Buurtkamer Costa & Co — West
      'MV1692-1': 2, // Buurtkamer Dapperbuurt — Oost
      'MV2385-1': 2, // Buurtkamer de Bijenkorf — West
      'MV1079-1': 2, // Buurtkamer De Die — Noord
      'MV1220-1': 2, // Buurtkamer de Handreiking — Zuidoost
      'MV2931-1': 2, // Buurtkamer de Kastanje — Weesp
      'MV3029-1': 2, // Buurtkamer De Moddermolen — Centrum
      'MV2436-1': 2, // Buurtkamer de nieuwe Reiger — West
      'MV1254-1': 2, // Buurtkamer De Parel — Noord
      'MV1466-1': 2, // Buurtkamer De Steigerplek — Oost
      'MV2386-1': 2, // Buurtkamer Gulden Winckel (bestaand) — West
      'MV1176-1': 2, // Buurtkamer Havikslaan — Noord
      'MV1076-1': 2, // Buurtkamer Ijburg — Oost
      'MV1615-1': 2, // Buurtkamer jongeren (Borgerbuurt) — West
      'MV3028-1': 2, // Buurtkamer Kattenburg — Centrum
      'MV1322-1': 2, // Buurtkamer Mercatorpark — West
      'MV1249-1': 2, // Buurtkamer Multibron — Zuidoost
      'MV1252-1': 2, // Buurtkamer ons Koekoeksnest — Noord
      'MV1431-1': 2, // Buurtkamer Oostenburg Noord — Centrum
      'MV1186-1': 2, // Buurtkamer Parlarie — West
      'MV3588-1': 2, // Buurtkamer Rivierenhuis — Zuid
      'MV2375-1': 2, // buurtkamer Robert Kochplantsoen — Oost
      'MV1120-1': 2, // Buurtkamer Stellingweg — Noord
      'MV3033-1': 2, // Buurtkamer UJ Klaren (bestaand) — Centrum
      'MV3036-1': 2, // Buurtkamer Weespersluis — Weesp
      'MV1239-1': 2, // Buurtkamer Zeeburgereiland — Oost
      'MV2381-1': 2, // Buurtrestaurant Ijburgcollege — Oost
      'MV1256-1': 2, // Buurtsalon Jeltje — West
      'MV2913-1': 2, // Buurtwerkplaats Noorderhof — Nieuw-West
      'MV1141-1': 2, // Casa Jepie Makandra — Zuidoost
      'MV1090-1': 2, // centrum SIMUD — Zuidoost
      'MV1117-1': 2, // Centrum Vrouw en Vaart — Nieuw-West
      'MV1097-1': 2, // d`Oude Raai — Zuid
      'MV1240-1': 2, // De Baarshaven — Zuid
      'MV1102-1': 2, // de Buurman — Zuid
      'MV1218-1': 2, // De Coenen — Zuid
      'MV1397-1': 2, // de Ernst — Zuid
      'MV1049-1': 2, // De Gooyer — Oost
      'MV1048-1': 2, // De Kat — Oost
      'MV3027-1': 2, // De Tweede uitleg (bestaand) — Centrum
      'MV1217-1': 2, // Dorpshuis Holysloot — Noord
      'MV3252-1': 2, // Dufay — Zuid
      'MV1192-1': 2, // Eduard Douwes Dekkerhuis — Noord
      'MV3291-1': 2, // Empowermentcentrum G-buurt — Zuidoost
      'MV1018-1': 2, // Florahofje — Noord
      'MV1247-1': 2, // Gebouw Hagendoornweg — Noord
      'MV2377-1': 2, // Grand-Caf? Genieten — Oost
      'MV3023-1': 2, // Het leefkringhuis / Armen Ineen — Noord
      'MV2932-1': 2, // Het Lichthuis — Weesp
      'MV1190-1': 2, // Hoofdkwartier — Zuid
      'MV1253-1': 2, // Huis van de buurt de Kimme — Noord
      'MV1028-1': 2, // Huis van de buurt Het Schouw — Noord
      'MV3024-1': 2, // Inloop buurtkamer Sociaal Maatsch. Werk — Noord
      'MV1045-1': 2, // Inloophuis Czaar 51 — Centrum
      'MV1246-1': 2, // Jeruzalem — Oost
      'MV1026-1': 2, // Korthagenhuis — Noord
      'MV1632-1': 2, // Kramatsalon — Oost
      'MV1251-1': 2, // Leefkringhuis — Noord
      'MV1030-1': 2, // Meergeneratiegebouw Goudestein — Zuid
      'MV2912-1': 2, // Meidenhuiskamer Ru Par? — Nieuw-West
      'MV1031-1': 2, // Menno Simonshuis — Zuid
      'MV1027-1': 2, // Modestraat ontmoeting — Noord
      'MV1576-1': 2, // Molenwijk Buurtkamer Diereneiland — Noord
      'MV1119-1': 2, // Molenwijk Buurtkamer Molenwijkkamer — Noord
      'MV2383-1': 2, // Muticultureel centrum Ala kondre — Zuidoost
      'MV2384-1': 2, // Nieuw Vredenburgh — West
      'MV1125-1': 2, // Olympisch kwartier — Zuid
      'MV1029-1': 2, // Ontmoetingscentrum LEV — Zuid
      'MV3587-1': 2, // ontmoetingsruimte De Lente — Nieuw-West
      'MV2904-1': 2, // Ontmoetingsruimte De Pleinkamer — Nieuw-West
      'MV2905-1': 2, // Ontmoetingsruimte Het Paleis — Nieuw-West
      'MV2925-1': 2, // Ontmoetingsruimte Leo Polak huis — Nieuw-West
      'MV3030-1': 2, // Ontspanning Achtergracht Zuid — Weesp
      'MV1433-1': 2, // Oud-Oost post Oost buurtkamer — Oost
      'MV1690-1': 2, // Quellijn — Zuid
      'MV1221-1': 2, // Rijn58 — Zuid
      'MV1659-1': 2, // Set — Oost
      'MV2909-1': 2, // SHE Ontmoetingsruimte — Nieuw-West
      'MV1450-1': 2, // Sloterdijk Contactbuurt: buurtkamer 2 — West
      'MV1148-1': 2, // SOOJ ouderenontmoetingscentrum — Centrum
      'MV1177-1': 2, // SOOP ouderenontmoetingscentrum — Centrum
      'MV1131-2': 2, // Station Wildeman — Nieuw-West
      'MV1174-1': 2, // t Boeit / boeninhuis — Zuidoost
      'MV1054-1': 2, // t Hoeckhuys — Oost
      'MV3290-1': 2, // Tori Oso — Zuidoost
      'MV3409-1': 2, // Twiske-West Buurtkamer Zuideinde 369 (renovatie) — Noord
      'MV1165-1': 2, // Twiskehuis — Noord
      'MV3057-1': 2, // Volewijck Buurtkamer Tolhuis 7a (renovatie) — Noord
      'MV1035-1': 2, // Vrouwencentrum Doenja — Nieuw-West
      'MV2919-1': 2, // Vrouwencentrum Nisa4Nisa — Nieuw-West
      'MV2379-1': 2, // Vrouwencentrum Saaam — Nieuw-West
      'MV1209-1': 2, // Wachterliedpaviljoen — West
      'MV1171-1': 2, // Welkom — Zuid
      'MV2935-1': 2, // Wijkcentrum Wintertuin — Weesp
      'MV1007-1': 2, // Wijkkamer De Klipper — Noord
      'MV1139-1': 2, // Zelfbeheer BK Plan van Gool Het Breedhuis — Noord
      'MV1022-1': 2, // Zelfbeheer Buurtkamer Antoniushuis — Noord
      'MV2928-1': 2, // Zelfbeheer Buurtkamer De Bol en woonwerkco?p. — Noord
      'MV1015-1': 2, // Zelfbeheer Buurtkamer De Driehoek en weggeefwinkel — Noord
      'MV2929-1': 2, // Zelfbeheer Buurtkamer de Kleine Wereld — Noord
      'MV1236-1': 2, // Zelfbeheer Buurtkamer Dorpshuis De Beke — Noord
      'MV1016-1': 2, // Zelfbeheer Buurtkamer Het Anker — Noord
      'MV2927-1': 2, // Zelfbeheer buurtkamer Het Baken — Noord
      'MV1223-1': 2, // Zelfbeheer Buurtkamer Kadoelen — Noord
      'MV1169-1': 2, // Zelfbeheer Buurtkamer Van der Pek — Noord
    },
  },
  {
    q: 'bibliotheken',
    category: 'plural',
    relevant: {
      'MV2948-1': 3, // Bibliotheek Weesp — Weesp
      'MV1075-1': 3, // OBA — Zuid
      'MV2941-1': 3, // OBA Banne — Noord
      'MV2961-1': 3, // OBA Bijlmerplein — Zuidoost
      'MV2954-1': 3, // OBA Bos en Lommer — West
      'MV2957-1': 3, // OBA Buitenveldert — Zuid
      'MV2936-1': 3, // OBA Casa Sofia — Nieuw-West
      'MV2958-1': 3, // OBA CC Amstel — Zuid
      'MV2952-1': 3, // OBA De Hallen — West
      'MV2962-1': 3, // OBA Ganzenhoef — Zuidoost
      'MV2937-1': 3, // OBA Geuzenveld — Nieuw-West
      'MV2945-1': 3, // OBA Ijburg — Oost
      'MV2946-1': 3, // OBA Javaplein — Oost
      'MV2947-1': 3, // OBA Linnaeus — Oost
      'MV2950-1': 3, // OBA Mercatorplein — West
      'MV2942-1': 3, // OBA Molenwijk — Noord
      'MV2960-1': 3, // OBA Olympisch Kwartier — Zuid
      'MV3058-1': 3, // OBA Oosterdok — Centrum
      'MV2938-1': 3, // OBA Osdorp — Nieuw-West
      'MV2940-1': 3, // OBA Postjesweg — Nieuw-West
      'MV2963-1': 3, // OBA Reigerbos — Zuidoost
      'MV2959-1': 3, // OBA Roelof Hartplein — Zuid
      'MV2951-1': 3, // OBA Spaardammerbuurt — West
      'MV2953-1': 3, // OBA Staatsliedenbuurt — West
      'MV2943-1': 3, // OBA Van der Pek — Noord
      'MV2944-1': 3, // OBA Waterlandplein — Noord
    },
  },
  {
    q: 'zwembaden',
    category: 'plural',
    relevant: {
      'MV3048-1': 3, // Brediusbad — West (3 rows)
      'MV3082-1': 3, // De Mirandabad — Zuid (4 rows)
      'MV2968-1': 3, // Flevoparkbad — Oost (2 rows)
      'MV3067-2': 3, // Het Marnixbad — Centrum (2 rows)
      'MV3071-1': 3, // Noorderparkbad — Noord (6 rows)
      'MV3068-1': 3, // Sloterparkbad — Nieuw-West (5 rows)
      'MV3075-1': 3, // Sportfondsenbad Oost — Oost (3 rows)
      'MV3077-2': 3, // Sportplaza Mercator — West (3 rows)
      'MV3076-1': 3, // Victoriabad — Weesp
      'MV3081-1': 3, // Zuiderbad — Zuid (2 rows)
      'MV3083-1': 2, // Bijlmersportcentrum — Zuidoost
      'MV3054-1': 2, // Het Marnix — Centrum (2 rows)
    },
  },
  {
    q: 'buurtkamers',
    category: 'plural',
    relevant: {
      'MV1122-1': 3, // Archipel — Oost
      'MV1572-1': 3, // Banne Noord Buurtkamer De Zeeslag — Noord
      'MV1187-1': 3, // Batavia — Oost
      'MV1083-1': 3, // Bij Bosshardt inloop / activiteiten Hilversumstraat — Noord
      'MV1080-1': 3, // Bij Bosshardt inloop/ activiteiten Loenermark — Noord
      'MV1244-1': 3, // BIKO — Oost
      'MV3039-1': 3, // BK Buurtkracht — Nieuw-West
      'MV1151-1': 3, // BK De Cactus — Nieuw-West
      'MV1150-1': 3, // BK De Dichter — Nieuw-West
      'MV1033-1': 3, // BK De Dobbekamer — Nieuw-West
      'MV1587-1': 3, // BK De Drie Boertjes — Nieuw-West
      'MV2906-1': 3, // BK De Natuurkamer — Nieuw-West
      'MV3019-1': 3, // BK De Waterlelie — Nieuw-West
      'MV1208-1': 3, // BK Fiep — Nieuw-West
      'MV3478-1': 3, // BK Geuzennest — Nieuw-West
      'MV3018-1': 3, // BK Het Dorpshuis Sloten — Nieuw-West
      'MV1406-1': 3, // BK Het Eilandje — Nieuw-West
      'MV2922-1': 3, // BK Het Reimertje — Nieuw-West
      'MV2374-1': 3, // BK Jacomenius — Nieuw-West
      'MV2908-1': 3, // BK Lieven — Nieuw-West
      'MV1445-1': 3, // BK LYCKA — Nieuw-West
      'MV1038-1': 3, // BK NIVON / ESAN Het Honk — Nieuw-West
      'MV1101-1': 3, // BK Perron 32 — Nieuw-West
      'MV3586-1': 3, // BK Piet Wiedijk — Nieuw-West
      'MV2430-1': 3, // BK Sierplein — Nieuw-West
      'MV1039-1': 3, // BK Social Garden — Nieuw-West
      'MV1154-1': 3, // BK Staalmanpark — Nieuw-West
      'MV1198-1': 3, // BK Stichting De Brug — Nieuw-West
      'MV1388-1': 3, // Bos en Lommer Gibraltarstraat buurtkamer — West
      'MV1008-1': 3, // Brahmshof — Zuid
      'MV3011-1': 3, // Buuf en Buur — Noord
      'MV1173-1': 3, // Buurtcentrum `t Spinnewiel Venserpolder — Zuidoost
      'MV1191-1': 3, // Buurtcentrum De Rietwijker — Noord
      'MV1032-1': 3, // Buurtgebouw Henrick de Keijser — Zuid
      'MV1056-1': 3, // Buurthuis Plan C — Zuid
      'MV2898-1': 3, // Buurthuiskamer Bij Bosshardt OZ Achterburgwal — Centrum
      'MV3088-1': 3, // Buurthuiskamer Bij Bosshardt OZ Voorburgwal — Centrum
      'MV1457-1': 3, // Buurtkamer 1 Sluisbuurt — Oost
      'MV2930-1': 3, // Buurtkamer Aetsveld — Weesp
      'MV1019-1': 3, // Buurtkamer Bloemenbuurt / Heliotroop — Noord
      'MV1140-1': 3, // Buurtkamer Corantijn — West
      'MV1047-1': 3, // Buurtkamer Costa & Co — West
      'MV1692-1': 3, // Buurtkamer Dapperbuurt — Oost
      'MV2385-1': 3, // Buurtkamer de Bijenkorf — West
      'MV1079-1': 3, // Buurtkamer De Die — Noord
      'MV1220-1': 3, // Buurtkamer de Handreiking — Zuidoost
      'MV2931-1': 3, // Buurtkamer de Kastanje — Weesp
      'MV3029-1': 3, // Buurtkamer De Moddermolen — Centrum
      'MV2436-1': 3, // Buurtkamer de nieuwe Reiger — West
      'MV1254-1': 3, // Buurtkamer De Parel — Noord
      'MV1466-1': 3, // Buurtkamer De Steigerplek — Oost
      'MV2386-1': 3, // Buurtkamer Gulden Winckel (bestaand) — West
      'MV1176-1': 3, // Buurtkamer Havikslaan — Noord
      'MV1076-1': 3, // Buurtkamer Ijburg — Oost
      'MV1615-1': 3, // Buurtkamer jongeren (Borgerbuurt) — West
      'MV3028-1': 3, // Buurtkamer Kattenburg — Centrum
      'MV1322-1': 3, // Buurtkamer Mercatorpark — West
      'MV1249-1': 3, // Buurtkamer Multibron — Zuidoost
      'MV1252-1': 3, // Buurtkamer ons Koekoeksnest — Noord
      'MV1431-1': 3, // Buurtkamer Oostenburg Noord — Centrum
      'MV1186-1': 3, // Buurtkamer Parlarie — West
      'MV3588-1': 3, // Buurtkamer Rivierenhuis — Zuid
      'MV2375-1': 3, // buurtkamer Robert Kochplantsoen — Oost
      'MV1120-1': 3, // Buurtkamer Stellingweg — Noord
      'MV3033-1': 3, // Buurtkamer UJ Klaren (bestaand) — Centrum
      'MV3036-1': 3, // Buurtkamer Weespersluis — Weesp
      'MV1239-1': 3, // Buurtkamer Zeeburgereiland — Oost
      'MV1256-1': 3, // Buurtsalon Jeltje — West
      'MV1141-1': 3, // Casa Jepie Makandra — Zuidoost
      'MV1090-1': 3, // centrum SIMUD — Zuidoost
      'MV1117-1': 3, // Centrum Vrouw en Vaart — Nieuw-West
      'MV1097-1': 3, // d`Oude Raai — Zuid
      'MV1240-1': 3, // De Baarshaven — Zuid
      'MV3016-1': 3, // De Blauwe Huiskamer — Noord
      'MV1102-1': 3, // de Buurman — Zuid
      'MV1218-1': 3, // De Coenen — Zuid
      'MV1397-1': 3, // de Ernst — Zuid
      'MV1049-1': 3, // De Gooyer — Oost
      'MV1048-1': 3, // De Kat — Oost
      'MV3027-1': 3, // De Tweede uitleg (bestaand) — Centrum
      'MV1217-1': 3, // Dorpshuis Holysloot — Noord
      'MV3252-1': 3, // Dufay — Zuid
      'MV1192-1': 3, // Eduard Douwes Dekkerhuis — Noord
      'MV3291-1': 3, // Empowermentcentrum G-buurt — Zuidoost
      'MV1018-1': 3, // Florahofje — Noord
      'MV1247-1': 3, // Gebouw Hagendoornweg — Noord
      'MV2377-1': 3, // Grand-Caf? Genieten — Oost
      'MV3023-1': 3, // Het leefkringhuis / Armen Ineen — Noord
      'MV2932-1': 3, // Het Lichthuis — Weesp
      'MV1190-1': 3, // Hoofdkwartier — Zuid
      'MV1253-1': 3, // Huis van de buurt de Kimme — Noord
      'MV1028-1': 3, // Huis van de buurt Het Schouw — Noord
      'MV3024-1': 3, // Inloop buurtkamer Sociaal Maatsch. Werk — Noord
      'MV1045-1': 3, // Inloophuis Czaar 51 — Centrum
      'MV1246-1': 3, // Jeruzalem — Oost
      'MV1026-1': 3, // Korthagenhuis — Noord
      'MV1632-1': 3, // Kramatsalon — Oost
      'MV1251-1': 3, // Leefkringhuis — Noord
      'MV1030-1': 3, // Meergeneratiegebouw Goudestein — Zuid
      'MV1031-1': 3, // Menno Simonshuis — Zuid
      'MV1027-1': 3, // Modestraat ontmoeting — Noord
      'MV1576-1': 3, // Molenwijk Buurtkamer Diereneiland — Noord
      'MV1119-1': 3, // Molenwijk Buurtkamer Molenwijkkamer — Noord
      'MV2383-1': 3, // Muticultureel centrum Ala kondre — Zuidoost
      'MV2384-1': 3, // Nieuw Vredenburgh — West
      'MV1125-1': 3, // Olympisch kwartier — Zuid
      'MV3030-1': 3, // Ontspanning Achtergracht Zuid — Weesp
      'MV1433-1': 3, // Oud-Oost post Oost buurtkamer — Oost
      'MV1690-1': 3, // Quellijn — Zuid
      'MV1221-1': 3, // Rijn58 — Zuid
      'MV1659-1': 3, // Set — Oost
      'MV1450-1': 3, // Sloterdijk Contactbuurt: buurtkamer 2 — West
      'MV1148-1': 3, // SOOJ ouderenontmoetingscentrum — Centrum
      'MV1177-1': 3, // SOOP ouderenontmoetingscentrum — Centrum
      'MV1131-2': 3, // Station Wildeman — Nieuw-West
      'MV1128-1': 3, // Stichting de Oase Buurthuiskamer Oosterparkbuurt — Oost
      'MV1174-1': 3, // t Boeit / boeninhuis — Zuidoost
      'MV1054-1': 3, // t Hoeckhuys — Oost
      'MV3290-1': 3, // Tori Oso — Zuidoost
      'MV3409-1': 3, // Twiske-West Buurtkamer Zuideinde 369 (renovatie) — Noord
      'MV1165-1': 3, // Twiskehuis — Noord
      'MV3057-1': 3, // Volewijck Buurtkamer Tolhuis 7a (renovatie) — Noord
      'MV1035-1': 3, // Vrouwencentrum Doenja — Nieuw-West
      'MV2919-1': 3, // Vrouwencentrum Nisa4Nisa — Nieuw-West
      'MV2379-1': 3, // Vrouwencentrum Saaam — Nieuw-West
      'MV1209-1': 3, // Wachterliedpaviljoen — West
      'MV1171-1': 3, // Welkom — Zuid
      'MV2935-1': 3, // Wijkcentrum Wintertuin — Weesp
      'MV1007-1': 3, // Wijkkamer De Klipper — Noord
      'MV1139-1': 3, // Zelfbeheer BK Plan van Gool Het Breedhuis — Noord
      'MV1022-1': 3, // Zelfbeheer Buurtkamer Antoniushuis — Noord
      'MV2928-1': 3, // Zelfbeheer Buurtkamer De Bol en woonwerkco?p. — Noord
      'MV1015-1': 3, // Zelfbeheer Buurtkamer De Driehoek en weggeefwinkel — Noord
      'MV2929-1': 3, // Zelfbeheer Buurtkamer de Kleine Wereld — Noord
      'MV1236-1': 3, // Zelfbeheer Buurtkamer Dorpshuis De Beke — Noord
      'MV1016-1': 3, // Zelfbeheer Buurtkamer Het Anker — Noord
      'MV2927-1': 3, // Zelfbeheer buurtkamer Het Baken — Noord
      'MV1223-1': 3, // Zelfbeheer Buurtkamer Kadoelen — Noord
      'MV1169-1': 3, // Zelfbeheer Buurtkamer Van der Pek — Noord
      'MV1228-1': 2, // 5 Sterrenschool - SPIN — Noord
      'MV1129-1': 2, // Activiteitenruimte Wethouder Verheijhal — Oost
      'MV2432-1': 2, // Atelier77 — Zuid
      'MV1649-1': 2, // Bellamy buurtmuseum — West
      'MV1135-1': 2, // Buurtboederij Ons Genoegen — West
      'MV2916-1': 2, // Buurthuis Vooruit — Nieuw-West
      'MV2381-1': 2, // Buurtrestaurant Ijburgcollege — Oost
      'MV2913-1': 2, // Buurtwerkplaats Noorderhof — Nieuw-West
      'MV1237-1': 2, // Centrale Dorpsraad — Noord
      'MV1658-1': 2, // Cybersoek — Oost
      'MV2923-1': 2, // De Huiskamer — Nieuw-West
      'MV1029-1': 2, // Ontmoetingscentrum LEV — Zuid
      'MV3587-1': 2, // ontmoetingsruimte De Lente — Nieuw-West
      'MV2904-1': 2, // Ontmoetingsruimte De Pleinkamer — Nieuw-West
      'MV2905-1': 2, // Ontmoetingsruimte Het Paleis — Nieuw-West
      'MV2925-1': 2, // Ontmoetingsruimte Leo Polak huis — Nieuw-West
      'MV2909-1': 2, // SHE Ontmoetingsruimte — Nieuw-West
      'MV3031-1': 2, // Speeltuin Disneyland — Weesp
      'MV1051-1': 2, // Talentenkamer Piramideschool — Noord
      'MV1020-1': 2, // Weggeefwinkel Bloemenbuurt — Noord
      'MV1225-1': 1, // Activiteitencentrum MatchZO — Weesp
      'MV1188-1': 1, // Activiteitencentrum VONK — Oost
      'MV1340-1': 1, // Bonte Kraai K buurt Midden — Zuidoost
      'MV3026-1': 1, // Buurtcentrum Holendrecht — Zuidoost
      'MV1242-1': 1, // Buurtcentrum Horizon — West
      'MV1233-1': 1, // Buurthuis De Meevaart — Oost
      'MV1387-1': 1, // Buurthuis Kwakoe — Zuidoost
      'MV1005-1': 1, // De Banne — Noord
      'MV1143-1': 1, // De Boeg — West
      'MV1231-1': 1, // De Boomsspijker — Centrum
      'MV1063-1': 1, // De Eester — Oost
      'MV1011-1': 1, // De Havelaar — West
      'MV1023-1': 1, // de Klinker — West
      'MV2439-1': 1, // De Witte Boei — Centrum
      'MV1013-1': 1, // Het Brinkhuis — Oost
      'MV1060-1': 1, // Het Claverhuis — Centrum
      'MV1138-1': 1, // Het Parkhuis — Oost
      'MV1155-1': 1, // Huis van de Buurt De Koperen Knoop — West
      'MV1376-1': 1, // Huis van de Wijk Amstelkwartier 2 — Oost
      'MV1163-1': 1, // Huis van de Wijk De Evenaar — Noord
      'MV1086-1': 1, // Huis van de Wijk De Meeuw — Noord
      'MV1072-1': 1, // Huis van de Wijk Gein — Zuidoost
      'MV1127-1': 1, // Huis van de Wijk Oosterpark — Oost
      'MV1100-1': 1, // HvdW `t Blommetje — Nieuw-West
      'MV3439-1': 1, // HvdW `t Pluspunt — Nieuw-West
      'MV1009-1': 1, // HvdW Belgie — Nieuw-West
      'MV1212-1': 1, // HvdW Buitenveldert — Zuid
      'MV1053-1': 1, // HvdW De Aker — Nieuw-West
      'MV1136-1': 1, // HvdW De Buurtzaak — Nieuw-West
      'MV1227-1': 1, // HvdW De Pijp — Zuid
      'MV1222-1': 1, // HvdW Het Anker — Nieuw-West
      'MV1036-1': 1, // HvdW Honingraat Slotermeer — Nieuw-West
      'MV1219-1': 1, // HvdW Lydia — Zuid
      'MV1082-1': 1, // HvdW Olympus — Zuid
      'MV1092-1': 1, // HvdW Rivierenbuurt — Zuid
      'MV1159-1': 1, // Kraaipan — Oost
      'MV1096-1': 1, // Mansveltschool — West
      'MV1210-1': 1, // No Limit — Zuidoost
      'MV1447-1': 1, // Sloterdijk Stationskwartier: Huis van de Wijk — Nieuw-West
      'MV1461-1': 1, // Sluisbuurt huis van de wijk — Oost
      'MV1149-1': 1, // Tagerijn — West
      'MV1179-1': 1, // Waterlandpleinbuurt Huis van de Wijk Waterlandplein — Noord
      'MV1014-1': 1, // Wijkcentrum d` Oude Stadt — Centrum
    },
  },
  {
    q: 'speeltuinen',
    category: 'plural',
    relevant: {
      'MV1046-1': 3, // Bilderdijkpark — West
      'MV1094-1': 3, // BSVAZ — Zuid
      'MV1066-1': 3, // De Toverbal 1 — West
      'MV1241-1': 3, // De Toverbal 2 — West
      'MV1185-1': 3, // De ZuidersSpeeltuingebouw — West
      'MV1147-1': 3, // Gebouw De Noorderspeeltuin — Centrum
      'MV1195-1': 3, // Henrick de Keijser H47 — Zuid
      'MV1133-1': 3, // NatuurSpeeltuingebouw het woeste westen — West
      'MV1061-1': 3, // Ons Genoegen — Centrum
      'MV1216-1': 3, // OosterSpeeltuingebouw — Centrum
      'MV1175-1': 3, // Speeltuin De Speelvogel — Noord
      'MV3031-1': 3, // Speeltuin Disneyland — Weesp
      'MV1194-1': 3, // Speeltuin Het Bloemenkwartier — Noord
      'MV1168-1': 3, // Speeltuin Volewijck — Noord
      'MV1203-1': 3, // Speeltuingebouw Cremerplein — West
      'MV1024-1': 3, // Speeltuingebouw de Boom — West
      'MV1074-1': 3, // Speeltuingebouw De Piramide — Centrum
      'MV1226-1': 3, // Speeltuingebouw de Waag — Centrum
      'MV1207-1': 3, // Speeltuingebouw Frankendeal / amsteldorp — Oost
      'MV1200-1': 3, // Speeltuingebouw Jacob Maris — West
      'MV1229-1': 3, // Speeltuingebouw Mercator — West
      'MV3170-2': 3, // Speeltuingebouw Mercatorpark — West
      'MV1073-1': 3, // Speeltuingebouw Nieuw Gibraltar — West
      'MV1153-1': 3, // Speeltuingebouw Spaarndammerkwartier — West
      'MV1055-1': 3, // Speeltuingebouw UJ Klaren — Centrum
      'MV1099-1': 3, // Speeltuingebouw Westerkwartier / het paviljoen — West
      'MV1103-1': 3, // Speeltuingebouw Wittenburg — Centrum
      'MV1158-1': 3, // Speeltuingebouwhuisje Jouberstraat / transvaal — Oost
      'MV1230-1': 3, // Speeltuingebouwhuisje mariotteplein — Oost
      'MV1012-1': 3, // Speeltuingebouwhuisje onderlangs — Oost
      'MV1243-1': 3, // Speeltuingebouwhuisje Steve Biko — Oost
      'MV3598-1': 3, // speeltuinhuisje Sumatraplantsoen — Oost
      'MV1224-1': 3, // Speeltuinvereniging Twiske — Noord
      'MV1160-1': 3, // Zelfbeheer buurtkamer en speeltuinvereniging Nieuwendam — Noord
      'MV1164-1': 3, // Zelfbeheer Buurtkamer St. Het Middelpunt en speeltuingeb — Noord
      'MV1068-1': 2, // Jeugdland — Oost
    },
  },
  {
    q: 'sporthallen',
    category: 'plural',
    relevant: {
      'MV2358-1': 3, // Amstelcampus — Oost
      'MV2368-1': 3, // Apollohal — Zuid
      'MV3436-1': 3, // Bijlmer Sportcentrum — Zuidoost (3 rows)
      'MV2971-1': 3, // Bijlmer Sporthal — Zuidoost
      'MV2353-1': 3, // Friendship Sports Centre — Noord
      'MV3054-1': 3, // Het Marnix — Centrum (2 rows)
      'MV2366-1': 3, // Hogendorp Sportcentrum — West
      'MV2348-1': 3, // Sportcentrum Caland — Nieuw-West
      'MV2370-1': 3, // Sportcentrum De Pijp — Zuid
      'MV3438-1': 3, // Sportcentrum Ookmeer — Nieuw-West
      'MV2347-1': 3, // Sportcomplex Amsterdam Pirates — Nieuw-West
      'MV2276-2': 3, // Sporthal CVT — Oost
      'MV2354-1': 3, // Sporthal De Weeren — Noord
      'MV2372-1': 3, // Sporthal Gaasperdam — Zuidoost
      'MV2361-1': 3, // Sporthal IJburg — Oost
      'MV2367-1': 3, // Sporthal Laan van Spartaan — West
      'MV2371-1': 3, // Sporthal ROC Europaboulevard — Zuid
      'MV2969-1': 3, // Sporthal Weespersluis — Weesp
      'MV2362-1': 3, // Sporthal Wethouder Verheij — Oost
      'MV2524-1': 3, // Sporthallen Zuid — Zuid
      'MV3083-1': 2, // Bijlmersportcentrum — Zuidoost
      'MV2970-1': 2, // Boksschool VBSK Albert Cuyp — Zuid
      'MV2513-1': 2, // Jaap Edenhal — Oost
      'MV2965-1': 2, // Spark United — Nieuw-West
      'MV2355-1': 2, // Tennishal TV Tie-Breakers — Oost
      'MV2363-1': 2, // Tennisschuur Ijburg — Oost
      'MV1129-1': 1, // Activiteitenruimte Wethouder Verheijhal — Oost
    },
  },
  {
    q: 'kinderboerderijen',
    category: 'plural',
    relevant: {
      'MV1180-1': 3, // kinderboerderij / dierencapel — Centrum
      'MV1078-1': 3, // Kinderboerderij `t Brinkie — Zuidoost
      'MV1088-1': 3, // Kinderboerderij de Bijlmerweide — Zuidoost
      'MV1006-1': 3, // Kinderboerderij de Buiktuin — Noord
      'MV1070-1': 3, // Kinderboerderij de Gliphoeve — Zuidoost
      'MV1098-1': 3, // Kinderboerderij de Pijp — Zuid
      'MV1041-1': 3, // Kinderboerderij de Strohalm — Nieuw-West
      'MV1142-1': 3, // Kinderboerderij de Uylenburg/Rembrandpark — Nieuw-West
      'MV1118-1': 3, // Kinderboerderij de Werf — Oost
      'MV1152-1': 3, // Kinderboerderij Sloterpark — Nieuw-West
      'MV1064-1': 3, // Kinderboerderij Wachterlied — West
      'MV1134-1': 3, // Kinderboerderij Westerpark — West
      'MV1146-1': 3, // Stadsboerderij Amstelpark — Zuid
      'MV1234-1': 3, // Stadsboerderij Osdorp — Nieuw-West
      'MV1010-1': 3, // Stadsboerderij Zimmerhoeve — West
      'MV1135-1': 2, // Buurtboederij Ons Genoegen — West
    },
  },
  {
    q: 'jongerencentra',
    category: 'plural',
    note: 'irregular plural (-um → -a)',
    relevant: {
      'MV1422-2': 3, // `t Schaffie — West
      'MV1172-1': 3, // Argo — Zuid
      'MV1383-1': 3, // Banne Noord Kofschip Jongerencentrum — Noord
      'MV1062-1': 3, // Buikslotermeer Station Nrd — Noord
      'MV1205-1': 3, // Club Junior Dapper — Oost
      'MV1202-1': 3, // Cremerplein / Cremerzz — West
      'MV1091-1': 3, // De Rijn — Zuid
      'MV1043-1': 3, // De Zuidpool — West
      'MV1057-1': 3, // Edelsteen — Zuid
      'MV1085-1': 3, // IJplein/Vogelbuurt Jongerencentrum De Valk — Noord
      'MV1126-1': 3, // JACO — Oost
      'MV1123-1': 3, // Jav`Art — Oost
      'MV1137-1': 3, // JC Da Vinci — Nieuw-West
      'MV3456-1': 3, // JC de Hood — Nieuw-West
      'MV2378-1': 3, // JC De Leeuw — Nieuw-West
      'MV1197-1': 3, // JC De Spot — Nieuw-West
      'MV1087-1': 3, // JC de Tickel — Nieuw-West
      'MV1131-1': 3, // JC Home Base (Station Wildeman) — Nieuw-West
      'MV2920-1': 3, // JC Hoogheemraadweg — Nieuw-West
      'MV1121-1': 3, // JC The Matrixx — Nieuw-West
      'MV3417-1': 3, // JC The Village tijdelijkheid (Aikibudo) — Nieuw-West
      'MV3416-1': 3, // JC The Wave — Noord
      'MV3013-1': 3, // JC Trefpunt — Nieuw-West
      'MV3479-1': 3, // Jongerencentrum Anansi def Venserpolder — Zuidoost
      'MV3595-1': 3, // Jongerencentrum Baggerbeest — Oost
      'MV1342-1': 3, // Jongerencentrum IJtopia Centrumeiland — Oost
      'MV3596-1': 3, // Jongerencentrum KIT — Oost
      'MV1181-1': 3, // Jongerencentrum Reel — Centrum
      'MV1184-1': 3, // Jongerencentrum Wittenburg Oostelijke Eilanden — Centrum
      'MV3418-1': 3, // Jongerencentrum Youngin — Zuidoost
      'MV2912-1': 3, // Meidenhuiskamer Ru Par? — Nieuw-West
      'MV1232-1': 3, // Nowhere — Oost
      'MV1095-1': 3, // t Landhuis — West
      'MV3037-1': 3, // tijdelijk jongerencentrum K buurt — Zuidoost
      'MV2933-1': 3, // Trainspotting — Weesp
      'MV1157-1': 3, // Tugelahuis — Oost
      'MV1156-1': 3, // Tuindorp Oostzaan Jongerencentrum Satirius — Noord
      'MV1183-1': 3, // Van Beuningenplein — West
      'MV1420-1': 3, // Volewijck Jongerencentrum De Klusfabriek (oud) — Noord
      'MV1182-1': 3, // Volta — West
      'MV1206-1': 3, // VTC the Mall — West
      'MV1077-1': 3, // Youth Side — Oost
      'MV1615-1': 2, // Buurtkamer jongeren (Borgerbuurt) — West
      'MV1426-1': 1, // Stichting Argan jongerendebatcentrum — Nieuw-West
    },
  },
  {
    q: 'schooltuinen',
    category: 'plural',
    relevant: {
      'MV1501-1': 3, // Aemsteltuin — Zuid
      'MV1509-1': 3, // De Roostuin — West
      'MV1503-1': 3, // F.Broekhuijsen Leeuwis — Noord
      'MV1504-1': 3, // Gaasperdamtuin — Zuidoost
      'MV1505-1': 3, // Gerrit Kalffschooltuin — Oost
      'MV1502-1': 3, // Jan P. van Blijdestijn — Nieuw-West
      'MV1507-1': 3, // Osdorptuin — Nieuw-West
      'MV1508-1': 3, // Ridderbostuin — Nieuw-West
      'MV1511-1': 3, // Tooroptuin — Nieuw-West
      'MV1512-1': 3, // Vinktuin — Oost
      'MV1513-1': 3, // Wagnertuin — Zuidoost
      'MV2903-1': 1, // Cascoland Fruittuinen — Nieuw-West
      'MV2917-1': 1, // Stadskas Tuin van Toorop — Nieuw-West
    },
  },
  {
    q: 'sportparken',
    category: 'plural',
    relevant: {
      'MV3421-1': 3, // Bijlmer Sportpark — Zuidoost
      'MV2505-1': 3, // Sportpark `t Loopveld — Zuid (3 rows)
      'MV2161-1': 3, // Sportpark Amsterdamse Bos — Zuid (2 rows)
      'MV3108-1': 3, // Sportpark Bijlmer-hockeyveld — Zuidoost
      'MV3425-1': 3, // Sportpark Buiksloterbanne — Noord (2 rows)
      'MV2431-1': 3, // Sportpark De Schinkel — Zuid
      'MV2165-1': 3, // Sportpark De Weeren — Noord (2 rows)
      'MV2166-1': 3, // Sportpark Drieburg — Oost (5 rows)
      'MV2473-1': 3, // Sportpark Durgerdam — Noord
      'MV2487-1': 3, // Sportpark IJburg — Oost
      'MV2474-1': 3, // Sportpark Joos Banckersweg — West (2 rows)
      'MV3422-1': 3, // Sportpark Kadoelen — Noord (2 rows)
      'MV3430-1': 3, // Sportpark Melkweg — Noord (2 rows)
      'MV2215-1': 3, // Sportpark Melkweg Oostzanerwerf — Noord
      'MV2481-1': 3, // Sportpark Middenmeer — Oost (10 rows)
      'MV1685-1': 3, // Sportpark Multatuli — West
      'MV3435-1': 3, // Sportpark Ookmeer — Nieuw-West (4 rows)
      'MV3426-1': 3, // Sportpark Oostzanerwerf — Noord (2 rows)
      'MV2490-1': 3, // Sportpark Papelaan — Weesp (5 rows)
      'MV3391-1': 3, // Sportpark Parkschouwburg — Centrum
      'MV2499-1': 3, // Sportpark Sloten — Nieuw-West (4 rows)
      'MV2395-1': 3, // Sportpark Transformatorweg — West (2 rows)
      'MV3431-1': 3, // Sportpark Tuindorp-Oostzaan — Noord
      'MV3428-1': 3, // Sportpark Van Heenvlietlaan — Zuid
      'MV2491-1': 3, // Sportpark Vechtoever — Weesp (2 rows)
      'MV3427-1': 3, // Sportpark W.H. Vliegenbos — Noord
      'MV2169-1': 3, // Sportpark Winterdijkplein — Zuid
      'MV2131-1': 3, // Sportpark Zeeburgereiland — Oost (11 rows)
      'MV2502-1': 2, // Roeicentrum Bosbaan — Zuid (3 rows)
      'MV1673-1': 2, // Tennispark Kadoelen — Noord
    },
  },
  {
    q: 'buurthuizen',
    category: 'plural',
    relevant: {
      'MV1225-1': 3, // Activiteitencentrum MatchZO — Weesp
      'MV1188-1': 3, // Activiteitencentrum VONK — Oost
      'MV3018-1': 3, // BK Het Dorpshuis Sloten — Nieuw-West
      'MV1340-1': 3, // Bonte Kraai K buurt Midden — Zuidoost
      'MV1173-1': 3, // Buurtcentrum `t Spinnewiel Venserpolder — Zuidoost
      'MV1191-1': 3, // Buurtcentrum De Rietwijker — Noord
      'MV3026-1': 3, // Buurtcentrum Holendrecht — Zuidoost
      'MV1242-1': 3, // Buurtcentrum Horizon — West
      'MV1233-1': 3, // Buurthuis De Meevaart — Oost
      'MV1387-1': 3, // Buurthuis Kwakoe — Zuidoost
      'MV1056-1': 3, // Buurthuis Plan C — Zuid
      'MV2916-1': 3, // Buurthuis Vooruit — Nieuw-West
      'MV2898-1': 3, // Buurthuiskamer Bij Bosshardt OZ Achterburgwal — Centrum
      'MV3088-1': 3, // Buurthuiskamer Bij Bosshardt OZ Voorburgwal — Centrum
      'MV1005-1': 3, // De Banne — Noord
      'MV1143-1': 3, // De Boeg — West
      'MV1231-1': 3, // De Boomsspijker — Centrum
      'MV1063-1': 3, // De Eester — Oost
      'MV1011-1': 3, // De Havelaar — West
      'MV1023-1': 3, // de Klinker — West
      'MV2439-1': 3, // De Witte Boei — Centrum
      'MV1217-1': 3, // Dorpshuis Holysloot — Noord
      'MV1013-1': 3, // Het Brinkhuis — Oost
      'MV1060-1': 3, // Het Claverhuis — Centrum
      'MV1138-1': 3, // Het Parkhuis — Oost
      'MV1253-1': 3, // Huis van de buurt de Kimme — Noord
      'MV1155-1': 3, // Huis van de Buurt De Koperen Knoop — West
      'MV1028-1': 3, // Huis van de buurt Het Schouw — Noord
      'MV1376-1': 3, // Huis van de Wijk Amstelkwartier 2 — Oost
      'MV1163-1': 3, // Huis van de Wijk De Evenaar — Noord
      'MV1086-1': 3, // Huis van de Wijk De Meeuw — Noord
      'MV1072-1': 3, // Huis van de Wijk Gein — Zuidoost
      'MV1127-1': 3, // Huis van de Wijk Oosterpark — Oost
      'MV1100-1': 3, // HvdW `t Blommetje — Nieuw-West
      'MV3439-1': 3, // HvdW `t Pluspunt — Nieuw-West
      'MV1009-1': 3, // HvdW Belgie — Nieuw-West
      'MV1212-1': 3, // HvdW Buitenveldert — Zuid
      'MV1053-1': 3, // HvdW De Aker — Nieuw-West
      'MV1136-1': 3, // HvdW De Buurtzaak — Nieuw-West
      'MV1227-1': 3, // HvdW De Pijp — Zuid
      'MV1222-1': 3, // HvdW Het Anker — Nieuw-West
      'MV1036-1': 3, // HvdW Honingraat Slotermeer — Nieuw-West
      'MV1219-1': 3, // HvdW Lydia — Zuid
      'MV1082-1': 3, // HvdW Olympus — Zuid
      'MV1092-1': 3, // HvdW Rivierenbuurt — Zuid
      'MV1159-1': 3, // Kraaipan — Oost
      'MV1096-1': 3, // Mansveltschool — West
      'MV1210-1': 3, // No Limit — Zuidoost
      'MV1447-1': 3, // Sloterdijk Stationskwartier: Huis van de Wijk — Nieuw-West
      'MV1461-1': 3, // Sluisbuurt huis van de wijk — Oost
      'MV1128-1': 3, // Stichting de Oase Buurthuiskamer Oosterparkbuurt — Oost
      'MV1149-1': 3, // Tagerijn — West
      'MV1179-1': 3, // Waterlandpleinbuurt Huis van de Wijk Waterlandplein — Noord
      'MV1014-1': 3, // Wijkcentrum d` Oude Stadt — Centrum
      'MV2935-1': 3, // Wijkcentrum Wintertuin — Weesp
      'MV1236-1': 3, // Zelfbeheer Buurtkamer Dorpshuis De Beke — Noord
      'MV1122-1': 2, // Archipel — Oost
      'MV1572-1': 2, // Banne Noord Buurtkamer De Zeeslag — Noord
      'MV1187-1': 2, // Batavia — Oost
      'MV1083-1': 2, // Bij Bosshardt inloop / activiteiten Hilversumstraat — Noord
      'MV1080-1': 2, // Bij Bosshardt inloop/ activiteiten Loenermark — Noord
      'MV1244-1': 2, // BIKO — Oost
      'MV3039-1': 2, // BK Buurtkracht — Nieuw-West
      'MV1151-1': 2, // BK De Cactus — Nieuw-West
      'MV1150-1': 2, // BK De Dichter — Nieuw-West
      'MV1033-1': 2, // BK De Dobbekamer — Nieuw-West
      'MV1587-1': 2, // BK De Drie Boertjes — Nieuw-West
      'MV2906-1': 2, // BK De Natuurkamer — Nieuw-West
      'MV3019-1': 2, // BK De Waterlelie — Nieuw-West
      'MV1208-1': 2, // BK Fiep — Nieuw-West
      'MV3478-1': 2, // BK Geuzennest — Nieuw-West
      'MV1406-1': 2, // BK Het Eilandje — Nieuw-West
      'MV2922-1': 2, // BK Het Reimertje — Nieuw-West
      'MV2374-1': 2, // BK Jacomenius — Nieuw-West
      'MV2908-1': 2, // BK Lieven — Nieuw-West
      'MV1445-1': 2, // BK LYCKA — Nieuw-West
      'MV1038-1': 2, // BK NIVON / ESAN Het Honk — Nieuw-West
      'MV1101-1': 2, // BK Perron 32 — Nieuw-West
      'MV3586-1': 2, // BK Piet Wiedijk — Nieuw-West
      'MV2430-1': 2, // BK Sierplein — Nieuw-West
      'MV1039-1': 2, // BK Social Garden — Nieuw-West
      'MV1154-1': 2, // BK Staalmanpark — Nieuw-West
      'MV1198-1': 2, // BK Stichting De Brug — Nieuw-West
      'MV1388-1': 2, // Bos en Lommer Gibraltarstraat buurtkamer — West
      'MV1008-1': 2, // Brahmshof — Zuid
      'MV3011-1': 2, // Buuf en Buur — Noord
      'MV1032-1': 2, // Buurtgebouw Henrick de Keijser — Zuid
      'MV1457-1': 2, // Buurtkamer 1 Sluisbuurt — Oost
      'MV2930-1': 2, // Buurtkamer Aetsveld — Weesp
      'MV1019-1': 2, // Buurtkamer Bloemenbuurt / Heliotroop — Noord
      'MV1140-1': 2, // Buurtkamer Corantijn — West
      'MV1047-1': 2, // Buurtkamer Costa & Co — West
      'MV1692-1': 2, // Buurtkamer Dapperbuurt — Oost
      'MV2385-1': 2, // Buurtkamer de Bijenkorf — West
      'MV1079-1': 2, // Buurtkamer De Die — Noord
      'MV1220-1': 2, // Buurtkamer de Handreiking — Zuidoost
      'MV2931-1': 2, // Buurtkamer de Kastanje — Weesp
      'MV3029-1': 2, // Buurtkamer De Moddermolen — Centrum
      'MV2436-1': 2, // Buurtkamer de nieuwe Reiger — West
      'MV1254-1': 2, // Buurtkamer De Parel — Noord
      'MV1466-1': 2, // Buurtkamer De Steigerplek — Oost
      'MV2386-1': 2, // Buurtkamer Gulden Winckel (bestaand) — West
      'MV1176-1': 2, // Buurtkamer Havikslaan — Noord
      'MV1076-1': 2, // Buurtkamer Ijburg — Oost
      'MV1615-1': 2, // Buurtkamer jongeren (Borgerbuurt) — West
      'MV3028-1': 2, // Buurtkamer Kattenburg — Centrum
      'MV1322-1': 2, // Buurtkamer Mercatorpark — West
      'MV1249-1': 2, // Buurtkamer Multibron — Zuidoost
      'MV1252-1': 2, // Buurtkamer ons Koekoeksnest — Noord
      'MV1431-1': 2, // Buurtkamer Oostenburg Noord — Centrum
      'MV1186-1': 2, // Buurtkamer Parlarie — West
      'MV3588-1': 2, // Buurtkamer Rivierenhuis — Zuid
      'MV2375-1': 2, // buurtkamer Robert Kochplantsoen — Oost
      'MV1120-1': 2, // Buurtkamer Stellingweg — Noord
      'MV3033-1': 2, // Buurtkamer UJ Klaren (bestaand) — Centrum
      'MV3036-1': 2, // Buurtkamer Weespersluis — Weesp
      'MV1239-1': 2, // Buurtkamer Zeeburgereiland — Oost
      'MV2381-1': 2, // Buurtrestaurant Ijburgcollege — Oost
      'MV1256-1': 2, // Buurtsalon Jeltje — West
      'MV2913-1': 2, // Buurtwerkplaats Noorderhof — Nieuw-West
      'MV1141-1': 2, // Casa Jepie Makandra — Zuidoost
      'MV1090-1': 2, // centrum SIMUD — Zuidoost
      'MV1117-1': 2, // Centrum Vrouw en Vaart — Nieuw-West
      'MV1097-1': 2, // d`Oude Raai — Zuid
      'MV1240-1': 2, // De Baarshaven — Zuid
      'MV3016-1': 2, // De Blauwe Huiskamer — Noord
      'MV1102-1': 2, // de Buurman — Zuid
      'MV1218-1': 2, // De Coenen — Zuid
      'MV1397-1': 2, // de Ernst — Zuid
      'MV1049-1': 2, // De Gooyer — Oost
      'MV2923-1': 2, // De Huiskamer — Nieuw-West
      'MV1048-1': 2, // De Kat — Oost
      'MV3027-1': 2, // De Tweede uitleg (bestaand) — Centrum
      'MV3252-1': 2, // Dufay — Zuid
      'MV1192-1': 2, // Eduard Douwes Dekkerhuis — Noord
      'MV3291-1': 2, // Empowermentcentrum G-buurt — Zuidoost
      'MV1018-1': 2, // Florahofje — Noord
      'MV1247-1': 2, // Gebouw Hagendoornweg — Noord
      'MV2377-1': 2, // Grand-Caf? Genieten — Oost
      'MV3023-1': 2, // Het leefkringhuis / Armen Ineen — Noord
      'MV2932-1': 2, // Het Lichthuis — Weesp
      'MV1190-1': 2, // Hoofdkwartier — Zuid
      'MV3024-1': 2, // Inloop buurtkamer Sociaal Maatsch. Werk — Noord
      'MV1045-1': 2, // Inloophuis Czaar 51 — Centrum
      'MV1246-1': 2, // Jeruzalem — Oost
      'MV1026-1': 2, // Korthagenhuis — Noord
      'MV1632-1': 2, // Kramatsalon — Oost
      'MV1251-1': 2, // Leefkringhuis — Noord
      'MV1030-1': 2, // Meergeneratiegebouw Goudestein — Zuid
      'MV1031-1': 2, // Menno Simonshuis — Zuid
      'MV1027-1': 2, // Modestraat ontmoeting — Noord
      'MV1576-1': 2, // Molenwijk Buurtkamer Diereneiland — Noord
      'MV1119-1': 2, // Molenwijk Buurtkamer Molenwijkkamer — Noord
      'MV2383-1': 2, // Muticultureel centrum Ala kondre — Zuidoost
      'MV2384-1': 2, // Nieuw Vredenburgh — West
      'MV1125-1': 2, // Olympisch kwartier — Zuid
      'MV1029-1': 2, // Ontmoetingscentrum LEV — Zuid
      'MV3587-1': 2, // ontmoetingsruimte De Lente — Nieuw-West
      'MV2904-1': 2, // Ontmoetingsruimte De Pleinkamer — Nieuw-West
      'MV2905-1': 2, // Ontmoetingsruimte Het Paleis — Nieuw-West
      'MV2925-1': 2, // Ontmoetingsruimte Leo Polak huis — Nieuw-West
      'MV3030-1': 2, // Ontspanning Achtergracht Zuid — Weesp
      'MV1433-1': 2, // Oud-Oost post Oost buurtkamer — Oost
      'MV1690-1': 2, // Quellijn — Zuid
      'MV1221-1': 2, // Rijn58 — Zuid
      'MV1659-1': 2, // Set — Oost
      'MV2909-1': 2, // SHE Ontmoetingsruimte — Nieuw-West
      'MV1450-1': 2, // Sloterdijk Contactbuurt: buurtkamer 2 — West
      'MV1148-1': 2, // SOOJ ouderenontmoetingscentrum — Centrum
      'MV1177-1': 2, // SOOP ouderenontmoetingscentrum — Centrum
      'MV1131-2': 2, // Station Wildeman — Nieuw-West
      'MV1174-1': 2, // t Boeit / boeninhuis — Zuidoost
      'MV1054-1': 2, // t Hoeckhuys — Oost
      'MV3290-1': 2, // Tori Oso — Zuidoost
      'MV3409-1': 2, // Twiske-West Buurtkamer Zuideinde 369 (renovatie) — Noord
      'MV1165-1': 2, // Twiskehuis — Noord
      'MV3057-1': 2, // Volewijck Buurtkamer Tolhuis 7a (renovatie) — Noord
      'MV1035-1': 2, // Vrouwencentrum Doenja — Nieuw-West
      'MV2919-1': 2, // Vrouwencentrum Nisa4Nisa — Nieuw-West
      'MV2379-1': 2, // Vrouwencentrum Saaam — Nieuw-West
      'MV1209-1': 2, // Wachterliedpaviljoen — West
      'MV1171-1': 2, // Welkom — Zuid
      'MV1007-1': 2, // Wijkkamer De Klipper — Noord
      'MV1139-1': 2, // Zelfbeheer BK Plan van Gool Het Breedhuis — Noord
      'MV1022-1': 2, // Zelfbeheer Buurtkamer Antoniushuis — Noord
      'MV2928-1': 2, // Zelfbeheer Buurtkamer De Bol en woonwerkco?p. — Noord
      'MV1015-1': 2, // Zelfbeheer Buurtkamer De Driehoek en weggeefwinkel — Noord
      'MV2929-1': 2, // Zelfbeheer Buurtkamer de Kleine Wereld — Noord
      'MV1016-1': 2, // Zelfbeheer Buurtkamer Het Anker — Noord
      'MV2927-1': 2, // Zelfbeheer buurtkamer Het Baken — Noord
      'MV1223-1': 2, // Zelfbeheer Buurtkamer Kadoelen — Noord
      'MV1169-1': 2, // Zelfbeheer Buurtkamer Van der Pek — Noord
    },
  },
  {
    q: 'bieb',
    category: 'synonym',
    relevant: {
      'MV2948-1': 3, // Bibliotheek Weesp — Weesp
      'MV1075-1': 3, // OBA — Zuid
      'MV2941-1': 3, // OBA Banne — Noord
      'MV2961-1': 3, // OBA Bijlmerplein — Zuidoost
      'MV2954-1': 3, // OBA Bos en Lommer — West
      'MV2957-1': 3, // OBA Buitenveldert — Zuid
      'MV2936-1': 3, // OBA Casa Sofia — Nieuw-West
      'MV2958-1': 3, // OBA CC Amstel — Zuid
      'MV2952-1': 3, // OBA De Hallen — West
      'MV2962-1': 3, // OBA Ganzenhoef — Zuidoost
      'MV2937-1': 3, // OBA Geuzenveld — Nieuw-West
      'MV2945-1': 3, // OBA Ijburg — Oost
      'MV2946-1': 3, // OBA Javaplein — Oost
      'MV2947-1': 3, // OBA Linnaeus — Oost
      'MV2950-1': 3, // OBA Mercatorplein — West
      'MV2942-1': 3, // OBA Molenwijk — Noord
      'MV2960-1': 3, // OBA Olympisch Kwartier — Zuid
      'MV3058-1': 3, // OBA Oosterdok — Centrum
      'MV2938-1': 3, // OBA Osdorp — Nieuw-West
      'MV2940-1': 3, // OBA Postjesweg — Nieuw-West
      'MV2963-1': 3, // OBA Reigerbos — Zuidoost
      'MV2959-1': 3, // OBA Roelof Hartplein — Zuid
      'MV2951-1': 3, // OBA Spaardammerbuurt — West
      'MV2953-1': 3, // OBA Staatsliedenbuurt — West
      'MV2943-1': 3, // OBA Van der Pek — Noord
      'MV2944-1': 3, // OBA Waterlandplein — Noord
    },
  },
  {
    q: 'buurthuis',
    category: 'synonym',
    relevant: {
      'MV1225-1': 3, // Activiteitencentrum MatchZO — Weesp
      'MV1188-1': 3, // Activiteitencentrum VONK — Oost
      'MV3018-1': 3, // BK Het Dorpshuis Sloten — Nieuw-West
      'MV1340-1': 3, // Bonte Kraai K buurt Midden — Zuidoost
      'MV1173-1': 3, // Buurtcentrum `t Spinnewiel Venserpolder — Zuidoost
      'MV1191-1': 3, // Buurtcentrum De Rietwijker — Noord
      'MV3026-1': 3, // Buurtcentrum Holendrecht — Zuidoost
      'MV1242-1': 3, // Buurtcentrum Horizon — West
      'MV1233-1': 3, // Buurthuis De Meevaart — Oost
      'MV1387-1': 3, // Buurthuis Kwakoe — Zuidoost
      'MV1056-1': 3, // Buurthuis Plan C — Zuid
      'MV2916-1': 3, // Buurthuis Vooruit — Nieuw-West
      'MV2898-1': 3, // Buurthuiskamer Bij Bosshardt OZ Achterburgwal — Centrum
      'MV3088-1': 3, // Buurthuiskamer Bij Bosshardt OZ Voorburgwal — Centrum
      'MV1005-1': 3, // De Banne — Noord
      'MV1143-1': 3, // De Boeg — West
      'MV1231-1': 3, // De Boomsspijker — Centrum
      'MV1063-1': 3, // De Eester — Oost
      'MV1011-1': 3, // De Havelaar — West
      'MV1023-1': 3, // de Klinker — West
      'MV2439-1': 3, // De Witte Boei — Centrum
      'MV1217-1': 3, // Dorpshuis Holysloot — Noord
      'MV1013-1': 3, // Het Brinkhuis — Oost
      'MV1060-1': 3, // Het Claverhuis — Centrum
      'MV1138-1': 3, // Het Parkhuis — Oost
      'MV1253-1': 3, // Huis van de buurt de Kimme — Noord
      'MV1155-1': 3, // Huis van de Buurt De Koperen Knoop — West
      'MV1028-1': 3, // Huis van de buurt Het Schouw — Noord
      'MV1376-1': 3, // Huis van de Wijk Amstelkwartier 2 — Oost
      'MV1163-1': 3, // Huis van de Wijk De Evenaar — Noord
      'MV1086-1': 3, // Huis van de Wijk De Meeuw — Noord
      'MV1072-1': 3, // Huis van de Wijk Gein — Zuidoost
      'MV1127-1': 3, // Huis van de Wijk Oosterpark — Oost
      'MV1100-1': 3, // HvdW `t Blommetje — Nieuw-West
      'MV3439-1': 3, // HvdW `t Pluspunt — Nieuw-West
      'MV1009-1': 3, // HvdW Belgie — Nieuw-West
      'MV1212-1': 3, // HvdW Buitenveldert — Zuid
      'MV1053-1': 3, // HvdW De Aker — Nieuw-West
      'MV1136-1': 3, // HvdW De Buurtzaak — Nieuw-West
      'MV1227-1': 3, // HvdW De Pijp — Zuid
      'MV1222-1': 3, // HvdW Het Anker — Nieuw-West
      'MV1036-1': 3, // HvdW Honingraat Slotermeer — Nieuw-West
      'MV1219-1': 3, // HvdW Lydia — Zuid
      'MV1082-1': 3, // HvdW Olympus — Zuid
      'MV1092-1': 3, // HvdW Rivierenbuurt — Zuid
      'MV1159-1': 3, // Kraaipan — Oost
      'MV1096-1': 3, // Mansveltschool — West
      'MV1210-1': 3, // No Limit — Zuidoost
      'MV1447-1': 3, // Sloterdijk Stationskwartier: Huis van de Wijk — Nieuw-West
      'MV1461-1': 3, // Sluisbuurt huis van de wijk — Oost
      'MV1128-1': 3, // Stichting de Oase Buurthuiskamer Oosterparkbuurt — Oost
      'MV1149-1': 3, // Tagerijn — West
      'MV1179-1': 3, // Waterlandpleinbuurt Huis van de Wijk Waterlandplein — Noord
      'MV1014-1': 3, // Wijkcentrum d` Oude Stadt — Centrum
      'MV2935-1': 3, // Wijkcentrum Wintertuin — Weesp
      'MV1236-1': 3, // Zelfbeheer Buurtkamer Dorpshuis De Beke — Noord
      'MV1122-1': 2, // Archipel — Oost
      'MV1572-1': 2, // Banne Noord Buurtkamer De Zeeslag — Noord
      'MV1187-1': 2, // Batavia — Oost
      'MV1083-1': 2, // Bij Bosshardt inloop / activiteiten Hilversumstraat — Noord
      'MV1080-1': 2, // Bij Bosshardt inloop/ activiteiten Loenermark — Noord
      'MV1244-1': 2, // BIKO — Oost
      'MV3039-1': 2, // BK Buurtkracht — Nieuw-West
      'MV1151-1': 2, // BK De Cactus — Nieuw-West
      'MV1150-1': 2, // BK De Dichter — Nieuw-West
      'MV1033-1': 2, // BK De Dobbekamer — Nieuw-West
      'MV1587-1': 2, // BK De Drie Boertjes — Nieuw-West
      'MV2906-1': 2, // BK De Natuurkamer — Nieuw-West
      'MV3019-1': 2, // BK De Waterlelie — Nieuw-West
      'MV1208-1': 2, // BK Fiep — Nieuw-West
      'MV3478-1': 2, // BK Geuzennest — Nieuw-West
      'MV1406-1': 2, // BK Het Eilandje — Nieuw-West
      'MV2922-1': 2, // BK Het Reimertje — Nieuw-West
      'MV2374-1': 2, // BK Jacomenius — Nieuw-West
      'MV2908-1': 2, // BK Lieven — Nieuw-West
      'MV1445-1': 2, // BK LYCKA — Nieuw-West
      'MV1038-1': 2, // BK NIVON / ESAN Het Honk — Nieuw-West
      'MV1101-1': 2, // BK Perron 32 — Nieuw-West
      'MV3586-1': 2, // BK Piet Wiedijk — Nieuw-West
      'MV2430-1': 2, // BK Sierplein — Nieuw-West
      'MV1039-1': 2, // BK Social Garden — Nieuw-West
      'MV1154-1': 2, // BK Staalmanpark — Nieuw-West
      'MV1198-1': 2, // BK Stichting De Brug — Nieuw-West
      'MV1388-1': 2, // Bos en Lommer Gibraltarstraat buurtkamer — West
      'MV1008-1': 2, // Brahmshof — Zuid
      'MV3011-1': 2, // Buuf en Buur — Noord
      'MV1032-1': 2, // Buurtgebouw Henrick de Keijser — Zuid
      'MV1457-1': 2, // Buurtkamer 1 Sluisbuurt — Oost
      'MV2930-1': 2, // Buurtkamer Aetsveld — Weesp
      'MV1019-1': 2, // Buurtkamer Bloemenbuurt / Heliotroop — Noord
      'MV1140-1': 2, // Buurtkamer Corantijn — West
      'MV1047-1': 2, // Buurtkamer Costa & Co — West
      'MV1692-1': 2, // Buurtkamer Dapperbuurt — Oost
      'MV2385-1': 2, // Buurtkamer de Bijenkorf — West
      'MV1079-1': 2, // Buurtkamer De Die — Noord
      'MV1220-1': 2, // Buurtkamer de Handreiking — Zuidoost
      'MV2931-1': 2, // Buurtkamer de Kastanje — Weesp
      'MV3029-1': 2, // Buurtkamer De Moddermolen — Centrum
      'MV2436-1': 2, // Buurtkamer de nieuwe Reiger — West
      'MV1254-1': 2, // Buurtkamer De Parel — Noord
      'MV1466-1': 2, // Buurtkamer De Steigerplek — Oost
      'MV2386-1': 2, // Buurtkamer Gulden Winckel (bestaand) — West
      'MV1176-1': 2, // Buurtkamer Havikslaan — Noord
      'MV1076-1': 2, // Buurtkamer Ijburg — Oost
      'MV1615-1': 2, // Buurtkamer jongeren (Borgerbuurt) — West
      'MV3028-1': 2, // Buurtkamer Kattenburg — Centrum
      'MV1322-1': 2, // Buurtkamer Mercatorpark — West
      'MV1249-1': 2, // Buurtkamer Multibron — Zuidoost
      'MV1252-1': 2, // Buurtkamer ons Koekoeksnest — Noord
      'MV1431-1': 2, // Buurtkamer Oostenburg Noord — Centrum
      'MV1186-1': 2, // Buurtkamer Parlarie — West
      'MV3588-1': 2, // Buurtkamer Rivierenhuis — Zuid
      'MV2375-1': 2, // buurtkamer Robert Kochplantsoen — Oost
      'MV1120-1': 2, // Buurtkamer Stellingweg — Noord
      'MV3033-1': 2, // Buurtkamer UJ Klaren (bestaand) — Centrum
      'MV3036-1': 2, // Buurtkamer Weespersluis — Weesp
      'MV1239-1': 2, // Buurtkamer Zeeburgereiland — Oost
      'MV2381-1': 2, // Buurtrestaurant Ijburgcollege — Oost
      'MV1256-1': 2, // Buurtsalon Jeltje — West
      'MV2913-1': 2, // Buurtwerkplaats Noorderhof — Nieuw-West
      'MV1141-1': 2, // Casa Jepie Makandra — Zuidoost
      'MV1090-1': 2, // centrum SIMUD — Zuidoost
      'MV1117-1': 2, // Centrum Vrouw en Vaart — Nieuw-West
      'MV1097-1': 2, // d`Oude Raai — Zuid
      'MV1240-1': 2, // De Baarshaven — Zuid
      'MV3016-1': 2, // De Blauwe Huiskamer — Noord
      'MV1102-1': 2, // de Buurman — Zuid
      'MV1218-1': 2, // De Coenen — Zuid
      'MV1397-1': 2, // de Ernst — Zuid
      'MV1049-1': 2, // De Gooyer — Oost
      'MV2923-1': 2, // De Huiskamer — Nieuw-West
      'MV1048-1': 2, // De Kat — Oost
      'MV3027-1': 2, // De Tweede uitleg (bestaand) — Centrum
      'MV3252-1': 2, // Dufay — Zuid
      'MV1192-1': 2, // Eduard Douwes Dekkerhuis — Noord
      'MV3291-1': 2, // Empowermentcentrum G-buurt — Zuidoost
      'MV1018-1': 2, // Florahofje — Noord
      'MV1247-1': 2, // Gebouw Hagendoornweg — Noord
      'MV2377-1': 2, // Grand-Caf? Genieten — Oost
      'MV3023-1': 2, // Het leefkringhuis / Armen Ineen — Noord
      'MV2932-1': 2, // Het Lichthuis — Weesp
      'MV1190-1': 2, // Hoofdkwartier — Zuid
      'MV3024-1': 2, // Inloop buurtkamer Sociaal Maatsch. Werk — Noord
      'MV1045-1': 2, // Inloophuis Czaar 51 — Centrum
      'MV1246-1': 2, // Jeruzalem — Oost
      'MV1026-1': 2, // Korthagenhuis — Noord
      'MV1632-1': 2, // Kramatsalon — Oost
      'MV1251-1': 2, // Leefkringhuis — Noord
      'MV1030-1': 2, // Meergeneratiegebouw Goudestein — Zuid
      'MV1031-1': 2, // Menno Simonshuis — Zuid
      'MV1027-1': 2, // Modestraat ontmoeting — Noord
      'MV1576-1': 2, // Molenwijk Buurtkamer Diereneiland — Noord
      'MV1119-1': 2, // Molenwijk Buurtkamer Molenwijkkamer — Noord
      'MV2383-1': 2, // Muticultureel centrum Ala kondre — Zuidoost
      'MV2384-1': 2, // Nieuw Vredenburgh — West
      'MV1125-1': 2, // Olympisch kwartier — Zuid
      'MV1029-1': 2, // Ontmoetingscentrum LEV — Zuid
      'MV3587-1': 2, // ontmoetingsruimte De Lente — Nieuw-West
      'MV2904-1': 2, // Ontmoetingsruimte De Pleinkamer — Nieuw-West
      'MV2905-1': 2, // Ontmoetingsruimte Het Paleis — Nieuw-West
      'MV2925-1': 2, // Ontmoetingsruimte Leo Polak huis — Nieuw-West
      'MV3030-1': 2, // Ontspanning Achtergracht Zuid — Weesp
      'MV1433-1': 2, // Oud-Oost post Oost buurtkamer — Oost
      'MV1690-1': 2, // Quellijn — Zuid
      'MV1221-1': 2, // Rijn58 — Zuid
      'MV1659-1': 2, // Set — Oost
      'MV2909-1': 2, // SHE Ontmoetingsruimte — Nieuw-West
      'MV1450-1': 2, // Sloterdijk Contactbuurt: buurtkamer 2 — West
      'MV1148-1': 2, // SOOJ ouderenontmoetingscentrum — Centrum
      'MV1177-1': 2, // SOOP ouderenontmoetingscentrum — Centrum
      'MV1131-2': 2, // Station Wildeman — Nieuw-West
      'MV1174-1': 2, // t Boeit / boeninhuis — Zuidoost
      'MV1054-1': 2, // t Hoeckhuys — Oost
      'MV3290-1': 2, // Tori Oso — Zuidoost
      'MV3409-1': 2, // Twiske-West Buurtkamer Zuideinde 369 (renovatie) — Noord
      'MV1165-1': 2, // Twiskehuis — Noord
      'MV3057-1': 2, // Volewijck Buurtkamer Tolhuis 7a (renovatie) — Noord
      'MV1035-1': 2, // Vrouwencentrum Doenja — Nieuw-West
      'MV2919-1': 2, // Vrouwencentrum Nisa4Nisa — Nieuw-West
      'MV2379-1': 2, // Vrouwencentrum Saaam — Nieuw-West
      'MV1209-1': 2, // Wachterliedpaviljoen — West
      'MV1171-1': 2, // Welkom — Zuid
      'MV1007-1': 2, // Wijkkamer De Klipper — Noord
      'MV1139-1': 2, // Zelfbeheer BK Plan van Gool Het Breedhuis — Noord
      'MV1022-1': 2, // Zelfbeheer Buurtkamer Antoniushuis — Noord
      'MV2928-1': 2, // Zelfbeheer Buurtkamer De Bol en woonwerkco?p. — Noord
      'MV1015-1': 2, // Zelfbeheer Buurtkamer De Driehoek en weggeefwinkel — Noord
      'MV2929-1': 2, // Zelfbeheer Buurtkamer de Kleine Wereld — Noord
      'MV1016-1': 2, // Zelfbeheer Buurtkamer Het Anker — Noord
      'MV2927-1': 2, // Zelfbeheer buurtkamer Het Baken — Noord
      'MV1223-1': 2, // Zelfbeheer Buurtkamer Kadoelen — Noord
      'MV1169-1': 2, // Zelfbeheer Buurtkamer Van der Pek — Noord
    },
  },
  {
    q: 'OKT',
    category: 'synonym',
    relevant: {
      'MV1238-1': 3, // OKT Bijlmer Centrum H-Buurt — Zuidoost
      'MV1071-1': 3, // OKT Bijlmer Oost Bijlmerdreef 1134 — Zuidoost
      'MV1067-1': 3, // OKT Bijlmer Oost Bijlmerdreef 618 — Zuidoost
      'MV1065-1': 3, // OKT Bos en Lommer — West
      'MV1044-1': 3, // OKT Brederodestraat Oud West — West
      'MV1189-1': 3, // OKT De Kikker — Nieuw-West
      'MV1215-1': 3, // OKT De Pijp Rivierenbuurt — Zuid
      'MV1235-1': 3, // OKT Het Meervoud — Nieuw-West
      'MV1040-1': 3, // OKT Honingraat — Nieuw-West
      'MV1042-1': 3, // OKT Magalhaensplein — West
      'MV1178-1': 3, // OKT Noord Oost — Noord
      'MV1162-1': 3, // OKT Noord West — Noord
      'MV1021-1': 3, // OKT Oud Noord — Noord
      'MV1050-1': 3, // OKT Oud Oost — Oost
      'MV1069-1': 3, // OKT Reigersbos — Zuidoost
      'MV1410-1': 3, // OKT uitbreiding Honingraat — Nieuw-West
      'MV1084-1': 3, // OKT Westerpark — West
      'MV1360-1': 3, // OKT WTV midden — Oost
      'MV1199-1': 3, // Pluspunt — Nieuw-West
    },
  },
  {
    q: 'ouder en kind team',
    category: 'synonym',
    relevant: {
      'MV1238-1': 3, // OKT Bijlmer Centrum H-Buurt — Zuidoost
      'MV1071-1': 3, // OKT Bijlmer Oost Bijlmerdreef 1134 — Zuidoost
      'MV1067-1': 3, // OKT Bijlmer Oost Bijlmerdreef 618 — Zuidoost
      'MV1065-1': 3, // OKT Bos en Lommer — West
      'MV1044-1': 3, // OKT Brederodestraat Oud West — West
      'MV1189-1': 3, // OKT De Kikker — Nieuw-West
      'MV1215-1': 3, // OKT De Pijp Rivierenbuurt — Zuid
      'MV1235-1': 3, // OKT Het Meervoud — Nieuw-West
      'MV1040-1': 3, // OKT Honingraat — Nieuw-West
      'MV1042-1': 3, // OKT Magalhaensplein — West
      'MV1178-1': 3, // OKT Noord Oost — Noord
      'MV1162-1': 3, // OKT Noord West — Noord
      'MV1021-1': 3, // OKT Oud Noord — Noord
      'MV1050-1': 3, // OKT Oud Oost — Oost
      'MV1069-1': 3, // OKT Reigersbos — Zuidoost
      'MV1410-1': 3, // OKT uitbreiding Honingraat — Nieuw-West
      'MV1084-1': 3, // OKT Westerpark — West
      'MV1360-1': 3, // OKT WTV midden — Oost
      'MV1199-1': 3, // Pluspunt — Nieuw-West
    },
  },
  {
    q: 'wijkteam',
    category: 'synonym',
    relevant: {
      'MV1380-1': 3, // Buurtteam Arenapoort — Zuidoost
      'MV2986-1': 3, // Buurtteam Banne — Noord
      'MV2997-1': 3, // Buurtteam Bellamybuurt — West
      'MV3006-1': 3, // Buurtteam Bijlmer-Centrum — Zuidoost
      'MV3007-1': 3, // Buurtteam Bijlmer-Oost — Zuidoost
      'MV3004-1': 3, // Buurtteam Buitenveldert — Zuid
      'MV2998-1': 3, // Buurtteam De Baarsjes — West
      'MV3005-1': 3, // Buurtteam De Pijp — Zuid
      'MV2999-1': 3, // Buurtteam Erasmusparkbuurt — West
      'MV3008-1': 3, // Buurtteam Gaasperdam — Zuidoost
      'MV2981-1': 3, // Buurtteam Geuzenveld — Nieuw-West
      'MV2976-1': 3, // Buurtteam Haarlemmerbuurt — Centrum
      'MV2977-1': 3, // Buurtteam Jordaan — Centrum
      'MV3000-1': 3, // Buurtteam Kolenkitbuurt — West
      'MV3001-1': 3, // Buurtteam Landlust — West
      'MV2982-1': 3, // Buurtteam Meer en Vaart — Nieuw-West
      'MV2987-1': 3, // Buurtteam Molenwijk — Noord
      'MV2983-1': 3, // Buurtteam Nieuw Sloten — Nieuw-West
      'MV2978-1': 3, // Buurtteam Nieuwmarkt — Centrum
      'MV2975-1': 3, // Buurtteam Oostelijke Eilanden — Centrum
      'MV2989-1': 3, // Buurtteam Oud-oost — Oost
      'MV2979-1': 3, // Buurtteam Slotermeer — Nieuw-West
      'MV3010-1': 3, // Buurtteam Slotervaart (tijdelijk) — Nieuw-West
      'MV1462-1': 3, // Buurtteam Sluisbuurt 1 — Oost
      'MV1463-1': 3, // Buurtteam Sluisbuurt 2 — Oost
      'MV2995-1': 3, // Buurtteam Staatsliedenbuurt — West
      'MV2996-1': 3, // Buurtteam Van Lennepbuurt — West
      'MV2984-1': 3, // Buurtteam Vogelbuurt — Noord
      'MV2985-1': 3, // Buurtteam Volewijck — Noord
      'MV2990-1': 3, // Buurtteam Watergraafsmeer — Oost
      'MV2980-1': 3, // Buurtteam Wolbrandskerk — Nieuw-West
    },
  },
  {
    q: 'OBA',
    category: 'synonym',
    note: 'Bibliotheek Weesp is a library but not part of the OBA',
    relevant: {
      'MV1075-1': 3, // OBA — Zuid
      'MV2941-1': 3, // OBA Banne — Noord
      'MV2961-1': 3, // OBA Bijlmerplein — Zuidoost
      'MV2954-1': 3, // OBA Bos en Lommer — West
      'MV2957-1': 3, // OBA Buitenveldert — Zuid
      'MV2936-1': 3, // OBA Casa Sofia — Nieuw-West
      'MV2958-1': 3, // OBA CC Amstel — Zuid
      'MV2952-1': 3, // OBA De Hallen — West
      'MV2962-1': 3, // OBA Ganzenhoef — Zuidoost
      'MV2937-1': 3, // OBA Geuzenveld — Nieuw-West
      'MV2945-1': 3, // OBA Ijburg — Oost
      'MV2946-1': 3, // OBA Javaplein — Oost
      'MV2947-1': 3, // OBA Linnaeus — Oost
      'MV2950-1': 3, // OBA Mercatorplein — West
      'MV2942-1': 3, // OBA Molenwijk — Noord
      'MV2960-1': 3, // OBA Olympisch Kwartier — Zuid
      'MV3058-1': 3, // OBA Oosterdok — Centrum
      'MV2938-1': 3, // OBA Osdorp — Nieuw-West
      'MV2940-1': 3, // OBA Postjesweg — Nieuw-West
      'MV2963-1': 3, // OBA Reigerbos — Zuidoost
      'MV2959-1': 3, // OBA Roelof Hartplein — Zuid
      'MV2951-1': 3, // OBA Spaardammerbuurt — West
      'MV2953-1': 3, // OBA Staatsliedenbuurt — West
      'MV2943-1': 3, // OBA Van der Pek — Noord
      'MV2944-1': 3, // OBA Waterlandplein — Noord
      'MV2948-1': 2, // Bibliotheek Weesp — Weesp
    },
  },
  {
    q: 'stadsboerderij',
    category: 'synonym',
    relevant: {
      'MV1180-1': 3, // kinderboerderij / dierencapel — Centrum
      'MV1078-1': 3, // Kinderboerderij `t Brinkie — Zuidoost
      'MV1088-1': 3, // Kinderboerderij de Bijlmerweide — Zuidoost
      'MV1006-1': 3, // Kinderboerderij de Buiktuin — Noord
      'MV1070-1': 3, // Kinderboerderij de Gliphoeve — Zuidoost
      'MV1098-1': 3, // Kinderboerderij de Pijp — Zuid
      'MV1041-1': 3, // Kinderboerderij de Strohalm — Nieuw-West
      'MV1142-1': 3, // Kinderboerderij de Uylenburg/Rembrandpark — Nieuw-West
      'MV1118-1': 3, // Kinderboerderij de Werf — Oost
      'MV1152-1': 3, // Kinderboerderij Sloterpark — Nieuw-West
      'MV1064-1': 3, // Kinderboerderij Wachterlied — West
      'MV1134-1': 3, // Kinderboerderij Westerpark — West
      'MV1146-1': 3, // Stadsboerderij Amstelpark — Zuid
      'MV1234-1': 3, // Stadsboerderij Osdorp — Nieuw-West
      'MV1010-1': 3, // Stadsboerderij Zimmerhoeve — West
      'MV1135-1': 2, // Buurtboederij Ons Genoegen — West
    },
  },
  {
    q: 'wijkcentrum',
    category: 'synonym',
    relevant: {
      'MV1225-1': 3, // Activiteitencentrum MatchZO — Weesp
      'MV1188-1': 3, // Activiteitencentrum VONK — Oost
      'MV3018-1': 3, // BK Het Dorpshuis Sloten — Nieuw-West
      'MV1340-1': 3, // Bonte Kraai K buurt Midden — Zuidoost
      'MV1173-1': 3, // Buurtcentrum `t Spinnewiel Venserpolder — Zuidoost
      'MV1191-1': 3, // Buurtcentrum De Rietwijker — Noord
      'MV3026-1': 3, // Buurtcentrum Holendrecht — Zuidoost
      'MV1242-1': 3, // Buurtcentrum Horizon — West
      'MV1233-1': 3, // Buurthuis De Meevaart — Oost
      'MV1387-1': 3, // Buurthuis Kwakoe — Zuidoost
      'MV1056-1': 3, // Buurthuis Plan C — Zuid
      'MV2916-1': 3, // Buurthuis Vooruit — Nieuw-West
      'MV2898-1': 3, // Buurthuiskamer Bij Bosshardt OZ Achterburgwal — Centrum
      'MV3088-1': 3, // Buurthuiskamer Bij Bosshardt OZ Voorburgwal — Centrum
      'MV1005-1': 3, // De Banne — Noord
      'MV1143-1': 3, // De Boeg — West
      'MV1231-1': 3, // De Boomsspijker — Centrum
      'MV1063-1': 3, // De Eester — Oost
      'MV1011-1': 3, // De Havelaar — West
      'MV1023-1': 3, // de Klinker — West
      'MV2439-1': 3, // De Witte Boei — Centrum
      'MV1217-1': 3, // Dorpshuis Holysloot — Noord
      'MV1013-1': 3, // Het Brinkhuis — Oost
      'MV1060-1': 3, // Het Claverhuis — Centrum
      'MV1138-1': 3, // Het Parkhuis — Oost
      'MV1253-1': 3, // Huis van de buurt de Kimme — Noord
      'MV1155-1': 3, // Huis van de Buurt De Koperen Knoop — West
      'MV1028-1': 3, // Huis van de buurt Het Schouw — Noord
      'MV1376-1': 3, // Huis van de Wijk Amstelkwartier 2 — Oost
      'MV1163-1': 3, // Huis van de Wijk De Evenaar — Noord
      'MV1086-1': 3, // Huis van de Wijk De Meeuw — Noord
      'MV1072-1': 3, // Huis van de Wijk Gein — Zuidoost
      'MV1127-1': 3, // Huis van de Wijk Oosterpark — Oost
      'MV1100-1': 3, // HvdW `t Blommetje — Nieuw-West
      'MV3439-1': 3, // HvdW `t Pluspunt — Nieuw-West
      'MV1009-1': 3, // HvdW Belgie — Nieuw-West
      'MV1212-1': 3, // HvdW Buitenveldert — Zuid
      'MV1053-1': 3, // HvdW De Aker — Nieuw-West
      'MV1136-1': 3, // HvdW De Buurtzaak — Nieuw-West
      'MV1227-1': 3, // HvdW De Pijp — Zuid
      'MV1222-1': 3, // HvdW Het Anker — Nieuw-West
      'MV1036-1': 3, // HvdW Honingraat Slotermeer — Nieuw-West
      'MV1219-1': 3, // HvdW Lydia — Zuid
      'MV1082-1': 3, // HvdW Olympus — Zuid
      'MV1092-1': 3, // HvdW Rivierenbuurt — Zuid
      'MV1159-1': 3, // Kraaipan — Oost
      'MV1096-1': 3, // Mansveltschool — West
      'MV1210-1': 3, // No Limit — Zuidoost
      'MV1447-1': 3, // Sloterdijk Stationskwartier: Huis van de Wijk — Nieuw-West
      'MV1461-1': 3, // Sluisbuurt huis van de wijk — Oost
      'MV1128-1': 3, // Stichting de Oase Buurthuiskamer Oosterparkbuurt — Oost
      'MV1149-1': 3, // Tagerijn — West
      'MV1179-1': 3, // Waterlandpleinbuurt Huis van de Wijk Waterlandplein — Noord
      'MV1014-1': 3, // Wijkcentrum d` Oude Stadt — Centrum
      'MV2935-1': 3, // Wijkcentrum Wintertuin — Weesp
      'MV1236-1': 3, // Zelfbeheer Buurtkamer Dorpshuis De Beke — Noord
      'MV1122-1': 2, // Archipel — Oost
      'MV1572-1': 2, // Banne Noord Buurtkamer De Zeeslag — Noord
      'MV1187-1': 2, // Batavia — Oost
      'MV1083-1': 2, // Bij Bosshardt inloop / activiteiten Hilversumstraat — Noord
      'MV1080-1': 2, // Bij Bosshardt inloop/ activiteiten Loenermark — Noord
      'MV1244-1': 2, // BIKO — Oost
      'MV3039-1': 2, // BK Buurtkracht — Nieuw-West
      'MV1151-1': 2, // BK De Cactus — Nieuw-West
      'MV1150-1': 2, // BK De Dichter — Nieuw-West
      'MV1033-1': 2, // BK De Dobbekamer — Nieuw-West
      'MV1587-1': 2, // BK De Drie Boertjes — Nieuw-West
      'MV2906-1': 2, // BK De Natuurkamer — Nieuw-West
      'MV3019-1': 2, // BK De Waterlelie — Nieuw-West
      'MV1208-1': 2, // BK Fiep — Nieuw-West
      'MV3478-1': 2, // BK Geuzennest — Nieuw-West
      'MV1406-1': 2, // BK Het Eilandje — Nieuw-West
      'MV2922-1': 2, // BK Het Reimertje — Nieuw-West
      'MV2374-1': 2, // BK Jacomenius — Nieuw-West
      'MV2908-1': 2, // BK Lieven — Nieuw-West
      'MV1445-1': 2, // BK LYCKA — Nieuw-West
      'MV1038-1': 2, // BK NIVON / ESAN Het Honk — Nieuw-West
      'MV1101-1': 2, // BK Perron 32 — Nieuw-West
      'MV3586-1': 2, // BK Piet Wiedijk — Nieuw-West
      'MV2430-1': 2, // BK Sierplein — Nieuw-West
      'MV1039-1': 2, // BK Social Garden — Nieuw-West
      'MV1154-1': 2, // BK Staalmanpark — Nieuw-West
      'MV1198-1': 2, // BK Stichting De Brug — Nieuw-West
      'MV1388-1': 2, // Bos en Lommer Gibraltarstraat buurtkamer — West
      'MV1008-1': 2, // Brahmshof — Zuid
      'MV3011-1': 2, // Buuf en Buur — Noord
      'MV1032-1': 2, // Buurtgebouw Henrick de Keijser — Zuid
      'MV1457-1': 2, // Buurtkamer 1 Sluisbuurt — Oost
      'MV2930-1': 2, // Buurtkamer Aetsveld — Weesp
      'MV1019-1': 2, // Buurtkamer Bloemenbuurt / Heliotroop — Noord
      'MV1140-1': 2, // Buurtkamer Corantijn — West
      'MV1047-1': 2, // Buurtkamer Costa & Co — West
      'MV1692-1': 2, // Buurtkamer Dapperbuurt — Oost
      'MV2385-1': 2, // Buurtkamer de Bijenkorf — West
      'MV1079-1': 2, // Buurtkamer De Die — Noord
      'MV1220-1': 2, // Buurtkamer de Handreiking — Zuidoost
      'MV2931-1': 2, // Buurtkamer de Kastanje — Weesp
      'MV3029-1': 2, // Buurtkamer De Moddermolen — Centrum
      'MV2436-1': 2, // Buurtkamer de nieuwe Reiger — West
      'MV1254-1': 2, // Buurtkamer De Parel — Noord
      'MV1466-1': 2, // Buurtkamer De Steigerplek — Oost
      'MV2386-1': 2, // Buurtkamer Gulden Winckel (bestaand) — West
      'MV1176-1': 2, // Buurtkamer Havikslaan — Noord
      'MV1076-1': 2, // Buurtkamer Ijburg — Oost
      'MV1615-1': 2, // Buurtkamer jongeren (Borgerbuurt) — West
      'MV3028-1': 2, // Buurtkamer Kattenburg — Centrum
      'MV1322-1': 2, // Buurtkamer Mercatorpark — West
      'MV1249-1': 2, // Buurtkamer Multibron — Zuidoost
      'MV1252-1': 2, // Buurtkamer ons Koekoeksnest — Noord
      'MV1431-1': 2, // Buurtkamer Oostenburg Noord — Centrum
      'MV1186-1': 2, // Buurtkamer Parlarie — West
      'MV3588-1': 2, // Buurtkamer Rivierenhuis — Zuid
      'MV2375-1': 2, // buurtkamer Robert Kochplantsoen — Oost
      'MV1120-1': 2, // Buurtkamer Stellingweg — Noord
      'MV3033-1': 2, // Buurtkamer UJ Klaren (bestaand) — Centrum
      'MV3036-1': 2, // Buurtkamer Weespersluis — Weesp
      'MV1239-1': 2, // Buurtkamer Zeeburgereiland — Oost
      'MV2381-1': 2, // Buurtrestaurant Ijburgcollege — Oost
      'MV1256-1': 2, // Buurtsalon Jeltje — West
      'MV2913-1': 2, // Buurtwerkplaats Noorderhof — Nieuw-West
      'MV1141-1': 2, // Casa Jepie Makandra — Zuidoost
      'MV1090-1': 2, // centrum SIMUD — Zuidoost
      'MV1117-1': 2, // Centrum Vrouw en Vaart — Nieuw-West
      'MV1097-1': 2, // d`Oude Raai — Zuid
      'MV1240-1': 2, // De Baarshaven — Zuid
      'MV3016-1': 2, // De Blauwe Huiskamer — Noord
      'MV1102-1': 2, // de Buurman — Zuid
      'MV1218-1': 2, // De Coenen — Zuid
      'MV1397-1': 2, // de Ernst — Zuid
      'MV1049-1': 2, // De Gooyer — Oost
      'MV2923-1': 2, // De Huiskamer — Nieuw-West
      'MV1048-1': 2, // De Kat — Oost
      'MV3027-1': 2, // De Tweede uitleg (bestaand) — Centrum
      'MV3252-1': 2, // Dufay — Zuid
      'MV1192-1': 2, // Eduard Douwes Dekkerhuis — Noord
      'MV3291-1': 2, // Empowermentcentrum G-buurt — Zuidoost
      'MV1018-1': 2, // Florahofje — Noord
      'MV1247-1': 2, // Gebouw Hagendoornweg — Noord
      'MV2377-1': 2, // Grand-Caf? Genieten — Oost
      'MV3023-1': 2, // Het leefkringhuis / Armen Ineen — Noord
      'MV2932-1': 2, // Het Lichthuis — Weesp
      'MV1190-1': 2, // Hoofdkwartier — Zuid
      'MV3024-1': 2, // Inloop buurtkamer Sociaal Maatsch. Werk — Noord
      'MV1045-1': 2, // Inloophuis Czaar 51 — Centrum
      'MV1246-1': 2, // Jeruzalem — Oost
      'MV1026-1': 2, // Korthagenhuis — Noord
      'MV1632-1': 2, // Kramatsalon — Oost
      'MV1251-1': 2, // Leefkringhuis — Noord
      'MV1030-1': 2, // Meergeneratiegebouw Goudestein — Zuid
      'MV1031-1': 2, // Menno Simonshuis — Zuid
      'MV1027-1': 2, // Modestraat ontmoeting — Noord
      'MV1576-1': 2, // Molenwijk Buurtkamer Diereneiland — Noord
      'MV1119-1': 2, // Molenwijk Buurtkamer Molenwijkkamer — Noord
      'MV2383-1': 2, // Muticultureel centrum Ala kondre — Zuidoost
      'MV2384-1': 2, // Nieuw Vredenburgh — West
      'MV1125-1': 2, // Olympisch kwartier — Zuid
      'MV1029-1': 2, // Ontmoetingscentrum LEV — Zuid
      'MV3587-1': 2, // ontmoetingsruimte De Lente — Nieuw-West
      'MV2904-1': 2, // Ontmoetingsruimte De Pleinkamer — Nieuw-West
      'MV2905-1': 2, // Ontmoetingsruimte Het Paleis — Nieuw-West
      'MV2925-1': 2, // Ontmoetingsruimte Leo Polak huis — Nieuw-West
      'MV3030-1': 2, // Ontspanning Achtergracht Zuid — Weesp
      'MV1433-1': 2, // Oud-Oost post Oost buurtkamer — Oost
      'MV1690-1': 2, // Quellijn — Zuid
      'MV1221-1': 2, // Rijn58 — Zuid
      'MV1659-1': 2, // Set — Oost
      'MV2909-1': 2, // SHE Ontmoetingsruimte — Nieuw-West
      'MV1450-1': 2, // Sloterdijk Contactbuurt: buurtkamer 2 — West
      'MV1148-1': 2, // SOOJ ouderenontmoetingscentrum — Centrum
      'MV1177-1': 2, // SOOP ouderenontmoetingscentrum — Centrum
      'MV1131-2': 2, // Station Wildeman — Nieuw-West
      'MV1174-1': 2, // t Boeit / boeninhuis — Zuidoost
      'MV1054-1': 2, // t Hoeckhuys — Oost
      'MV3290-1': 2, // Tori Oso — Zuidoost
      'MV3409-1': 2, // Twiske-West Buurtkamer Zuideinde 369 (renovatie) — Noord
      'MV1165-1': 2, // Twiskehuis — Noord
      'MV3057-1': 2, // Volewijck Buurtkamer Tolhuis 7a (renovatie) — Noord
      'MV1035-1': 2, // Vrouwencentrum Doenja — Nieuw-West
      'MV2919-1': 2, // Vrouwencentrum Nisa4Nisa — Nieuw-West
      'MV2379-1': 2, // Vrouwencentrum Saaam — Nieuw-West
      'MV1209-1': 2, // Wachterliedpaviljoen — West
      'MV1171-1': 2, // Welkom — Zuid
      'MV1007-1': 2, // Wijkkamer De Klipper — Noord
      'MV1139-1': 2, // Zelfbeheer BK Plan van Gool Het Breedhuis — Noord
      'MV1022-1': 2, // Zelfbeheer Buurtkamer Antoniushuis — Noord
      'MV2928-1': 2, // Zelfbeheer Buurtkamer De Bol en woonwerkco?p. — Noord
      'MV1015-1': 2, // Zelfbeheer Buurtkamer De Driehoek en weggeefwinkel — Noord
      'MV2929-1': 2, // Zelfbeheer Buurtkamer de Kleine Wereld — Noord
      'MV1016-1': 2, // Zelfbeheer Buurtkamer Het Anker — Noord
      'MV2927-1': 2, // Zelfbeheer buurtkamer Het Baken — Noord
      'MV1223-1': 2, // Zelfbeheer Buurtkamer Kadoelen — Noord
      'MV1169-1': 2, // Zelfbeheer Buurtkamer Van der Pek — Noord
    },
  },
  {
    q: 'buurtcentrum',
    category: 'synonym',
    relevant: {
      'MV1225-1': 3, // Activiteitencentrum MatchZO — Weesp
      'MV1188-1': 3, // Activiteitencentrum VONK — Oost
      'MV3018-1': 3, // BK Het Dorpshuis Sloten — Nieuw-West
      'MV1340-1': 3, // Bonte Kraai K buurt Midden — Zuidoost
      'MV1173-1': 3, // Buurtcentrum `t Spinnewiel Venserpolder — Zuidoost
      'MV1191-1': 3, // Buurtcentrum De Rietwijker — Noord
      'MV3026-1': 3, // Buurtcentrum Holendrecht — Zuidoost
      'MV1242-1': 3, // Buurtcentrum Horizon — West
      'MV1233-1': 3, // Buurthuis De Meevaart — Oost
      'MV1387-1': 3, // Buurthuis Kwakoe — Zuidoost
      'MV1056-1': 3, // Buurthuis Plan C — Zuid
      'MV2916-1': 3, // Buurthuis Vooruit — Nieuw-West
      'MV2898-1': 3, // Buurthuiskamer Bij Bosshardt OZ Achterburgwal — Centrum
      'MV3088-1': 3, // Buurthuiskamer Bij Bosshardt OZ Voorburgwal — Centrum
      'MV1005-1': 3, // De Banne — Noord
      'MV1143-1': 3, // De Boeg — West
      'MV1231-1': 3, // De Boomsspijker — Centrum
      'MV1063-1': 3, // De Eester — Oost
      'MV1011-1': 3, // De Havelaar — West
      'MV1023-1': 3, // de Klinker — West
      'MV2439-1': 3, // De Witte Boei — Centrum
      'MV1217-1': 3, // Dorpshuis Holysloot — Noord
      'MV1013-1': 3, // Het Brinkhuis — Oost
      'MV1060-1': 3, // Het Claverhuis — Centrum
      'MV1138-1': 3, // Het Parkhuis — Oost
      'MV1253-1': 3, // Huis van de buurt de Kimme — Noord
      'MV1155-1': 3, // Huis van de Buurt De Koperen Knoop — West
      'MV1028-1': 3, // Huis van de buurt Het Schouw — Noord
      'MV1376-1': 3, // Huis van de Wijk Amstelkwartier 2 — Oost
      'MV1163-1': 3, // Huis van de Wijk De Evenaar — Noord
      'MV1086-1': 3, // Huis van de Wijk De Meeuw — Noord
      'MV1072-1': 3, // Huis van de Wijk Gein — Zuidoost
      'MV1127-1': 3, // Huis van de Wijk Oosterpark — Oost
      'MV1100-1': 3, // HvdW `t Blommetje — Nieuw-West
      'MV3439-1': 3, // HvdW `t Pluspunt — Nieuw-West
      'MV1009-1': 3, // HvdW Belgie — Nieuw-West
      'MV1212-1': 3, // HvdW Buitenveldert — Zuid
      'MV1053-1': 3, // HvdW De Aker — Nieuw-West
      'MV1136-1': 3, // HvdW De Buurtzaak — Nieuw-West
      'MV1227-1': 3, // HvdW De Pijp — Zuid
      'MV1222-1': 3, // HvdW Het Anker — Nieuw-West
      'MV1036-1': 3, // HvdW Honingraat Slotermeer — Nieuw-West
      'MV1219-1': 3, // HvdW Lydia — Zuid
      'MV1082-1': 3, // HvdW Olympus — Zuid
      'MV1092-1': 3, // HvdW Rivierenbuurt — Zuid
      'MV1159-1': 3, // Kraaipan — Oost
      'MV1096-1': 3, // Mansveltschool — West
      'MV1210-1': 3, // No Limit — Zuidoost
      'MV1447-1': 3, // Sloterdijk Stationskwartier: Huis van de Wijk — Nieuw-West
      'MV1461-1': 3, // Sluisbuurt huis van de wijk — Oost
      'MV1128-1': 3, // Stichting de Oase Buurthuiskamer Oosterparkbuurt — Oost
      'MV1149-1': 3, // Tagerijn — West
      'MV1179-1': 3, // Waterlandpleinbuurt Huis van de Wijk Waterlandplein — Noord
      'MV1014-1': 3, // Wijkcentrum d` Oude Stadt — Centrum
      'MV2935-1': 3, // Wijkcentrum Wintertuin — Weesp
      'MV1236-1': 3, // Zelfbeheer Buurtkamer Dorpshuis De Beke — Noord
      'MV1122-1': 2, // Archipel — Oost
      'MV1572-1': 2, // Banne Noord Buurtkamer De Zeeslag — Noord
      'MV1187-1': 2, // Batavia — Oost
      'MV1083-1': 2, // Bij Bosshardt inloop / activiteiten Hilversumstraat — Noord
      'MV1080-1': 2, // Bij Bosshardt inloop/ activiteiten Loenermark — Noord
      'MV1244-1': 2, // BIKO — Oost
      'MV3039-1': 2, // BK Buurtkracht — Nieuw-West
      'MV1151-1': 2, // BK De Cactus — Nieuw-West
      'MV1150-1': 2, // BK De Dichter — Nieuw-West
      'MV1033-1': 2, // BK De Dobbekamer — Nieuw-West
      'MV1587-1': 2, // BK De Drie Boertjes — Nieuw-West
      'MV2906-1': 2, // BK De Natuurkamer — Nieuw-West
      'MV3019-1': 2, // BK De Waterlelie — Nieuw-West
      'MV1208-1': 2, // BK Fiep — Nieuw-West
      'MV3478-1': 2, // BK Geuzennest — Nieuw-West
      'MV1406-1': 2, // BK Het Eilandje — Nieuw-West
      'MV2922-1': 2, // BK Het Reimertje — Nieuw-West
      'MV2374-1': 2, // BK Jacomenius — Nieuw-West
      'MV2908-1': 2, // BK Lieven — Nieuw-West
      'MV1445-1': 2, // BK LYCKA — Nieuw-West
      'MV1038-1': 2, // BK NIVON / ESAN Het Honk — Nieuw-West
      'MV1101-1': 2, // BK Perron 32 — Nieuw-West
      'MV3586-1': 2, // BK Piet Wiedijk — Nieuw-West
      'MV2430-1': 2, // BK Sierplein — Nieuw-West
      'MV1039-1': 2, // BK Social Garden — Nieuw-West
      'MV1154-1': 2, // BK Staalmanpark — Nieuw-West
      'MV1198-1': 2, // BK Stichting De Brug — Nieuw-West
      'MV1388-1': 2, // Bos en Lommer Gibraltarstraat buurtkamer — West
      'MV1008-1': 2, // Brahmshof — Zuid
      'MV3011-1': 2, // Buuf en Buur — Noord
      'MV1032-1': 2, // Buurtgebouw Henrick de Keijser — Zuid
      'MV1457-1': 2, // Buurtkamer 1 Sluisbuurt — Oost
      'MV2930-1': 2, // Buurtkamer Aetsveld — Weesp
      'MV1019-1': 2, // Buurtkamer Bloemenbuurt / Heliotroop — Noord
      'MV1140-1': 2, // Buurtkamer Corantijn — West
      'MV1047-1': 2, // Buurtkamer Costa & Co — West
      'MV1692-1': 2, // Buurtkamer Dapperbuurt — Oost
      'MV2385-1': 2, // Buurtkamer de Bijenkorf — West
      'MV1079-1': 2, // Buurtkamer De Die — Noord
      'MV1220-1': 2, // Buurtkamer de Handreiking — Zuidoost
      'MV2931-1': 2, // Buurtkamer de Kastanje — Weesp
      'MV3029-1': 2, // Buurtkamer De Moddermolen — Centrum
      'MV2436-1': 2, // Buurtkamer de nieuwe Reiger — West
      'MV1254-1': 2, // Buurtkamer De Parel — Noord
      'MV1466-1': 2, // Buurtkamer De Steigerplek — Oost
      'MV2386-1': 2, // Buurtkamer Gulden Winckel (bestaand) — West
      'MV1176-1': 2, // Buurtkamer Havikslaan — Noord
      'MV1076-1': 2, // Buurtkamer Ijburg — Oost
      'MV1615-1': 2, // Buurtkamer jongeren (Borgerbuurt) — West
      'MV3028-1': 2, // Buurtkamer Kattenburg — Centrum
      'MV1322-1': 2, // Buurtkamer Mercatorpark — West
      'MV1249-1': 2, // Buurtkamer Multibron — Zuidoost
      'MV1252-1': 2, // Buurtkamer ons Koekoeksnest — Noord
      'MV1431-1': 2, // Buurtkamer Oostenburg Noord — Centrum
      'MV1186-1': 2, // Buurtkamer Parlarie — West
      'MV3588-1': 2, // Buurtkamer Rivierenhuis — Zuid
      'MV2375-1': 2, // buurtkamer Robert Kochplantsoen — Oost
      'MV1120-1': 2, // Buurtkamer Stellingweg — Noord
      'MV3033-1': 2, // Buurtkamer UJ Klaren (bestaand) — Centrum
      'MV3036-1': 2, // Buurtkamer Weespersluis — Weesp
      'MV1239-1': 2, // Buurtkamer Zeeburgereiland — Oost
      'MV2381-1': 2, // Buurtrestaurant Ijburgcollege — Oost
      'MV1256-1': 2, // Buurtsalon Jeltje — West
      'MV2913-1': 2, // Buurtwerkplaats Noorderhof — Nieuw-West
      'MV1141-1': 2, // Casa Jepie Makandra — Zuidoost
      'MV1090-1': 2, // centrum SIMUD — Zuidoost
      'MV1117-1': 2, // Centrum Vrouw en Vaart — Nieuw-West
      'MV1097-1': 2, // d`Oude Raai — Zuid
      'MV1240-1': 2, // De Baarshaven — Zuid
      'MV3016-1': 2, // De Blauwe Huiskamer — Noord
      'MV1102-1': 2, // de Buurman — Zuid
      'MV1218-1': 2, // De Coenen — Zuid
      'MV1397-1': 2, // de Ernst — Zuid
      'MV1049-1': 2, // De Gooyer — Oost
      'MV2923-1': 2, // De Huiskamer — Nieuw-West
      'MV1048-1': 2, // De Kat — Oost
      'MV3027-1': 2, // De Tweede uitleg (bestaand) — Centrum
      'MV3252-1': 2, // Dufay — Zuid
      'MV1192-1': 2, // Eduard Douwes Dekkerhuis — Noord
      'MV3291-1': 2, // Empowermentcentrum G-buurt — Zuidoost
      'MV1018-1': 2, // Florahofje — Noord
      'MV1247-1': 2, // Gebouw Hagendoornweg — Noord
      'MV2377-1': 2, // Grand-Caf? Genieten — Oost
      'MV3023-1': 2, // Het leefkringhuis / Armen Ineen — Noord
      'MV2932-1': 2, // Het Lichthuis — Weesp
      'MV1190-1': 2, // Hoofdkwartier — Zuid
      'MV3024-1': 2, // Inloop buurtkamer Sociaal Maatsch. Werk — Noord
      'MV1045-1': 2, // Inloophuis Czaar 51 — Centrum
      'MV1246-1': 2, // Jeruzalem — Oost
      'MV1026-1': 2, // Korthagenhuis — Noord
      'MV1632-1': 2, // Kramatsalon — Oost
      'MV1251-1': 2, // Leefkringhuis — Noord
      'MV1030-1': 2, // Meergeneratiegebouw Goudestein — Zuid
      'MV1031-1': 2, // Menno Simonshuis — Zuid
      'MV1027-1': 2, // Modestraat ontmoeting — Noord
      'MV1576-1': 2, // Molenwijk Buurtkamer Diereneiland — Noord
      'MV1119-1': 2, // Molenwijk Buurtkamer Molenwijkkamer — Noord
      'MV2383-1': 2, // Muticultureel centrum Ala kondre — Zuidoost
      'MV2384-1': 2, // Nieuw Vredenburgh — West
      'MV1125-1': 2, // Olympisch kwartier — Zuid
      'MV1029-1': 2, // Ontmoetingscentrum LEV — Zuid
      'MV3587-1': 2, // ontmoetingsruimte De Lente — Nieuw-West
      'MV2904-1': 2, // Ontmoetingsruimte De Pleinkamer — Nieuw-West
      'MV2905-1': 2, // Ontmoetingsruimte Het Paleis — Nieuw-West
      'MV2925-1': 2, // Ontmoetingsruimte Leo Polak huis — Nieuw-West
      'MV3030-1': 2, // Ontspanning Achtergracht Zuid — Weesp
      'MV1433-1': 2, // Oud-Oost post Oost buurtkamer — Oost
      'MV1690-1': 2, // Quellijn — Zuid
      'MV1221-1': 2, // Rijn58 — Zuid
      'MV1659-1': 2, // Set — Oost
      'MV2909-1': 2, // SHE Ontmoetingsruimte — Nieuw-West
      'MV1450-1': 2, // Sloterdijk Contactbuurt: buurtkamer 2 — West
      'MV1148-1': 2, // SOOJ ouderenontmoetingscentrum — Centrum
      'MV1177-1': 2, // SOOP ouderenontmoetingscentrum — Centrum
      'MV1131-2': 2, // Station Wildeman — Nieuw-West
      'MV1174-1': 2, // t Boeit / boeninhuis — Zuidoost
      'MV1054-1': 2, // t Hoeckhuys — Oost
      'MV3290-1': 2, // Tori Oso — Zuidoost
      'MV3409-1': 2, // Twiske-West Buurtkamer Zuideinde 369 (renovatie) — Noord
      'MV1165-1': 2, // Twiskehuis — Noord
      'MV3057-1': 2, // Volewijck Buurtkamer Tolhuis 7a (renovatie) — Noord
      'MV1035-1': 2, // Vrouwencentrum Doenja — Nieuw-West
      'MV2919-1': 2, // Vrouwencentrum Nisa4Nisa — Nieuw-West
      'MV2379-1': 2, // Vrouwencentrum Saaam — Nieuw-West
      'MV1209-1': 2, // Wachterliedpaviljoen — West
      'MV1171-1': 2, // Welkom — Zuid
      'MV1007-1': 2, // Wijkkamer De Klipper — Noord
      'MV1139-1': 2, // Zelfbeheer BK Plan van Gool Het Breedhuis — Noord
      'MV1022-1': 2, // Zelfbeheer Buurtkamer Antoniushuis — Noord
      'MV2928-1': 2, // Zelfbeheer Buurtkamer De Bol en woonwerkco?p. — Noord
      'MV1015-1': 2, // Zelfbeheer Buurtkamer De Driehoek en weggeefwinkel — Noord
      'MV2929-1': 2, // Zelfbeheer Buurtkamer de Kleine Wereld — Noord
      'MV1016-1': 2, // Zelfbeheer Buurtkamer Het Anker — Noord
      'MV2927-1': 2, // Zelfbeheer buurtkamer Het Baken — Noord
      'MV1223-1': 2, // Zelfbeheer Buurtkamer Kadoelen — Noord
      'MV1169-1': 2, // Zelfbeheer Buurtkamer Van der Pek — Noord
    },
  },
  {
    q: 'jongerenwerk',
    category: 'synonym',
    relevant: {
      'MV1422-2': 3, // `t Schaffie — West
      'MV1172-1': 3, // Argo — Zuid
      'MV1383-1': 3, // Banne Noord Kofschip Jongerencentrum — Noord
      'MV1062-1': 3, // Buikslotermeer Station Nrd — Noord
      'MV1205-1': 3, // Club Junior Dapper — Oost
      'MV1202-1': 3, // Cremerplein / Cremerzz — West
      'MV1091-1': 3, // De Rijn — Zuid
      'MV1043-1': 3, // De Zuidpool — West
      'MV1057-1': 3, // Edelsteen — Zuid
      'MV1085-1': 3, // IJplein/Vogelbuurt Jongerencentrum De Valk — Noord
      'MV1126-1': 3, // JACO — Oost
      'MV1123-1': 3, // Jav`Art — Oost
      'MV1137-1': 3, // JC Da Vinci — Nieuw-West
      'MV3456-1': 3, // JC de Hood — Nieuw-West
      'MV2378-1': 3, // JC De Leeuw — Nieuw-West
      'MV1197-1': 3, // JC De Spot — Nieuw-West
      'MV1087-1': 3, // JC de Tickel — Nieuw-West
      'MV1131-1': 3, // JC Home Base (Station Wildeman) — Nieuw-West
      'MV2920-1': 3, // JC Hoogheemraadweg — Nieuw-West
      'MV1121-1': 3, // JC The Matrixx — Nieuw-West
      'MV3417-1': 3, // JC The Village tijdelijkheid (Aikibudo) — Nieuw-West
      'MV3416-1': 3, // JC The Wave — Noord
      'MV3013-1': 3, // JC Trefpunt — Nieuw-West
      'MV3479-1': 3, // Jongerencentrum Anansi def Venserpolder — Zuidoost
      'MV3595-1': 3, // Jongerencentrum Baggerbeest — Oost
      'MV1342-1': 3, // Jongerencentrum IJtopia Centrumeiland — Oost
      'MV3596-1': 3, // Jongerencentrum KIT — Oost
      'MV1181-1': 3, // Jongerencentrum Reel — Centrum
      'MV1184-1': 3, // Jongerencentrum Wittenburg Oostelijke Eilanden — Centrum
      'MV3418-1': 3, // Jongerencentrum Youngin — Zuidoost
      'MV2912-1': 3, // Meidenhuiskamer Ru Par? — Nieuw-West
      'MV1232-1': 3, // Nowhere — Oost
      'MV1095-1': 3, // t Landhuis — West
      'MV3037-1': 3, // tijdelijk jongerencentrum K buurt — Zuidoost
      'MV2933-1': 3, // Trainspotting — Weesp
      'MV1157-1': 3, // Tugelahuis — Oost
      'MV1156-1': 3, // Tuindorp Oostzaan Jongerencentrum Satirius — Noord
      'MV1183-1': 3, // Van Beuningenplein — West
      'MV1420-1': 3, // Volewijck Jongerencentrum De Klusfabriek (oud) — Noord
      'MV1182-1': 3, // Volta — West
      'MV1206-1': 3, // VTC the Mall — West
      'MV1077-1': 3, // Youth Side — Oost
      'MV1615-1': 2, // Buurtkamer jongeren (Borgerbuurt) — West
      'MV1426-1': 2, // Stichting Argan jongerendebatcentrum — Nieuw-West
    },
  },
  {
    q: 'maatschappelijk werk',
    category: 'synonym',
    note: 'in Amsterdam maatschappelijk werk sits in the buurtteams',
    relevant: {
      'MV1380-1': 3, // Buurtteam Arenapoort — Zuidoost
      'MV2986-1': 3, // Buurtteam Banne — Noord
      'MV2997-1': 3, // Buurtteam Bellamybuurt — West
      'MV3006-1': 3, // Buurtteam Bijlmer-Centrum — Zuidoost
      'MV3007-1': 3, // Buurtteam Bijlmer-Oost — Zuidoost
      'MV3004-1': 3, // Buurtteam Buitenveldert — Zuid
      'MV2998-1': 3, // Buurtteam De Baarsjes — West
      'MV3005-1': 3, // Buurtteam De Pijp — Zuid
      'MV2999-1': 3, // Buurtteam Erasmusparkbuurt — West
      'MV3008-1': 3, // Buurtteam Gaasperdam — Zuidoost
      'MV2981-1': 3, // Buurtteam Geuzenveld — Nieuw-West
      'MV2976-1': 3, // Buurtteam Haarlemmerbuurt — Centrum
      'MV2977-1': 3, // Buurtteam Jordaan — Centrum
      'MV3000-1': 3, // Buurtteam Kolenkitbuurt — West
      'MV3001-1': 3, // Buurtteam Landlust — West
      'MV2982-1': 3, // Buurtteam Meer en Vaart — Nieuw-West
      'MV2987-1': 3, // Buurtteam Molenwijk — Noord
      'MV2983-1': 3, // Buurtteam Nieuw Sloten — Nieuw-West
      'MV2978-1': 3, // Buurtteam Nieuwmarkt — Centrum
      'MV2975-1': 3, // Buurtteam Oostelijke Eilanden — Centrum
      'MV2989-1': 3, // Buurtteam Oud-oost — Oost
      'MV2979-1': 3, // Buurtteam Slotermeer — Nieuw-West
      'MV3010-1': 3, // Buurtteam Slotervaart (tijdelijk) — Nieuw-West
      'MV1462-1': 3, // Buurtteam Sluisbuurt 1 — Oost
      'MV1463-1': 3, // Buurtteam Sluisbuurt 2 — Oost
      'MV2995-1': 3, // Buurtteam Staatsliedenbuurt — West
      'MV2996-1': 3, // Buurtteam Van Lennepbuurt — West
      'MV2984-1': 3, // Buurtteam Vogelbuurt — Noord
      'MV2985-1': 3, // Buurtteam Volewijck — Noord
      'MV2990-1': 3, // Buurtteam Watergraafsmeer — Oost
      'MV2980-1': 3, // Buurtteam Wolbrandskerk — Nieuw-West
      'MV3024-1': 3, // Inloop buurtkamer Sociaal Maatsch. Werk — Noord
      'MV1225-1': 1, // Activiteitencentrum MatchZO — Weesp
      'MV1188-1': 1, // Activiteitencentrum VONK — Oost
      'MV1340-1': 1, // Bonte Kraai K buurt Midden — Zuidoost
      'MV3026-1': 1, // Buurtcentrum Holendrecht — Zuidoost
      'MV1242-1': 1, // Buurtcentrum Horizon — West
      'MV1233-1': 1, // Buurthuis De Meevaart — Oost
      'MV1387-1': 1, // Buurthuis Kwakoe — Zuidoost
      'MV1005-1': 1, // De Banne — Noord
      'MV1143-1': 1, // De Boeg — West
      'MV1231-1': 1, // De Boomsspijker — Centrum
      'MV1063-1': 1, // De Eester — Oost
      'MV1011-1': 1, // De Havelaar — West
      'MV1023-1': 1, // de Klinker — West
      'MV2439-1': 1, // De Witte Boei — Centrum
      'MV1013-1': 1, // Het Brinkhuis — Oost
      'MV1060-1': 1, // Het Claverhuis — Centrum
      'MV1138-1': 1, // Het Parkhuis — Oost
      'MV1155-1': 1, // Huis van de Buurt De Koperen Knoop — West
      'MV1376-1': 1, // Huis van de Wijk Amstelkwartier 2 — Oost
      'MV1163-1': 1, // Huis van de Wijk De Evenaar — Noord
      'MV1086-1': 1, // Huis van de Wijk De Meeuw — Noord
      'MV1072-1': 1, // Huis van de Wijk Gein — Zuidoost
      'MV1127-1': 1, // Huis van de Wijk Oosterpark — Oost
      'MV1100-1': 1, // HvdW `t Blommetje — Nieuw-West
      'MV3439-1': 1, // HvdW `t Pluspunt — Nieuw-West
      'MV1009-1': 1, // HvdW Belgie — Nieuw-West
      'MV1212-1': 1, // HvdW Buitenveldert — Zuid
      'MV1053-1': 1, // HvdW De Aker — Nieuw-West
      'MV1136-1': 1, // HvdW De Buurtzaak — Nieuw-West
      'MV1227-1': 1, // HvdW De Pijp — Zuid
      'MV1222-1': 1, // HvdW Het Anker — Nieuw-West
      'MV1036-1': 1, // HvdW Honingraat Slotermeer — Nieuw-West
      'MV1219-1': 1, // HvdW Lydia — Zuid
      'MV1082-1': 1, // HvdW Olympus — Zuid
      'MV1092-1': 1, // HvdW Rivierenbuurt — Zuid
      'MV1159-1': 1, // Kraaipan — Oost
      'MV1096-1': 1, // Mansveltschool — West
      'MV1210-1': 1, // No Limit — Zuidoost
      'MV1238-1': 1, // OKT Bijlmer Centrum H-Buurt — Zuidoost
      'MV1071-1': 1, // OKT Bijlmer Oost Bijlmerdreef 1134 — Zuidoost
      'MV1067-1': 1, // OKT Bijlmer Oost Bijlmerdreef 618 — Zuidoost
      'MV1065-1': 1, // OKT Bos en Lommer — West
      'MV1044-1': 1, // OKT Brederodestraat Oud West — West
      'MV1189-1': 1, // OKT De Kikker — Nieuw-West
      'MV1215-1': 1, // OKT De Pijp Rivierenbuurt — Zuid
      'MV1235-1': 1, // OKT Het Meervoud — Nieuw-West
      'MV1040-1': 1, // OKT Honingraat — Nieuw-West
      'MV1042-1': 1, // OKT Magalhaensplein — West
      'MV1178-1': 1, // OKT Noord Oost — Noord
      'MV1162-1': 1, // OKT Noord West — Noord
      'MV1021-1': 1, // OKT Oud Noord — Noord
      'MV1050-1': 1, // OKT Oud Oost — Oost
      'MV1069-1': 1, // OKT Reigersbos — Zuidoost
      'MV1410-1': 1, // OKT uitbreiding Honingraat — Nieuw-West
      'MV1084-1': 1, // OKT Westerpark — West
      'MV1360-1': 1, // OKT WTV midden — Oost
      'MV1199-1': 1, // Pluspunt — Nieuw-West
      'MV1447-1': 1, // Sloterdijk Stationskwartier: Huis van de Wijk — Nieuw-West
      'MV1461-1': 1, // Sluisbuurt huis van de wijk — Oost
      'MV1149-1': 1, // Tagerijn — West
      'MV1179-1': 1, // Waterlandpleinbuurt Huis van de Wijk Waterlandplein — Noord
      'MV1014-1': 1, // Wijkcentrum d` Oude Stadt — Centrum
    },
  },
  {
    q: 'zwemmen',
    category: 'synonym',
    relevant: {
      'MV3048-1': 3, // Brediusbad — West (3 rows)
      'MV3082-1': 3, // De Mirandabad — Zuid (4 rows)
      'MV2968-1': 3, // Flevoparkbad — Oost (2 rows)
      'MV3067-2': 3, // Het Marnixbad — Centrum (2 rows)
      'MV3071-1': 3, // Noorderparkbad — Noord (6 rows)
      'MV3068-1': 3, // Sloterparkbad — Nieuw-West (5 rows)
      'MV3075-1': 3, // Sportfondsenbad Oost — Oost (3 rows)
      'MV3077-2': 3, // Sportplaza Mercator — West (3 rows)
      'MV3076-1': 3, // Victoriabad — Weesp
      'MV3081-1': 3, // Zuiderbad — Zuid (2 rows)
      'MV3083-1': 2, // Bijlmersportcentrum — Zuidoost
      'MV3054-1': 2, // Het Marnix — Centrum (2 rows)
    },
  },
  {
    q: 'Ouder- en Kindteam',
    category: 'synonym',
    relevant: {
      'MV1238-1': 3, // OKT Bijlmer Centrum H-Buurt — Zuidoost
      'MV1071-1': 3, // OKT Bijlmer Oost Bijlmerdreef 1134 — Zuidoost
      'MV1067-1': 3, // OKT Bijlmer Oost Bijlmerdreef 618 — Zuidoost
      'MV1065-1': 3, // OKT Bos en Lommer — West
      'MV1044-1': 3, // OKT Brederodestraat Oud West — West
      'MV1189-1': 3, // OKT De Kikker — Nieuw-West
      'MV1215-1': 3, // OKT De Pijp Rivierenbuurt — Zuid
      'MV1235-1': 3, // OKT Het Meervoud — Nieuw-West
      'MV1040-1': 3, // OKT Honingraat — Nieuw-West
      'MV1042-1': 3, // OKT Magalhaensplein — West
      'MV1178-1': 3, // OKT Noord Oost — Noord
      'MV1162-1': 3, // OKT Noord West — Noord
      'MV1021-1': 3, // OKT Oud Noord — Noord
      'MV1050-1': 3, // OKT Oud Oost — Oost
      'MV1069-1': 3, // OKT Reigersbos — Zuidoost
      'MV1410-1': 3, // OKT uitbreiding Honingraat — Nieuw-West
      'MV1084-1': 3, // OKT Westerpark — West
      'MV1360-1': 3, // OKT WTV midden — Oost
      'MV1199-1': 3, // Pluspunt — Nieuw-West
    },
  },
  {
    q: 'koffie drinken met buren',
    category: 'need',
    note: 'buurtkamers are the answer; places for one group (vrouwen, ouderen, jongeren) are 2',
    relevant: {
      'MV1122-1': 3, // Archipel — Oost
      'MV1572-1': 3, // Banne Noord Buurtkamer De Zeeslag — Noord
      'MV1187-1': 3, // Batavia — Oost
      'MV1083-1': 3, // Bij Bosshardt inloop / activiteiten Hilversumstraat — Noord
      'MV1080-1': 3, // Bij Bosshardt inloop/ activiteiten Loenermark — Noord
      'MV1244-1': 3, // BIKO — Oost
      'MV3039-1': 3, // BK Buurtkracht — Nieuw-West
      'MV1151-1': 3, // BK De Cactus — Nieuw-West
      'MV1150-1': 3, // BK De Dichter — Nieuw-West
      'MV1033-1': 3, // BK De Dobbekamer — Nieuw-West
      'MV1587-1': 3, // BK De Drie Boertjes — Nieuw-West
      'MV2906-1': 3, // BK De Natuurkamer — Nieuw-West
      'MV3019-1': 3, // BK De Waterlelie — Nieuw-West
      'MV1208-1': 3, // BK Fiep — Nieuw-West
      'MV3478-1': 3, // BK Geuzennest — Nieuw-West
      'MV3018-1': 3, // BK Het Dorpshuis Sloten — Nieuw-West
      'MV1406-1': 3, // BK Het Eilandje — Nieuw-West
      'MV2922-1': 3, // BK Het Reimertje — Nieuw-West
      'MV2374-1': 3, // BK Jacomenius — Nieuw-West
      'MV2908-1': 3, // BK Lieven — Nieuw-West
      'MV1445-1': 3, // BK LYCKA — Nieuw-West
      'MV1038-1': 3, // BK NIVON / ESAN Het Honk — Nieuw-West
      'MV1101-1': 3, // BK Perron 32 — Nieuw-West
      'MV3586-1': 3, // BK Piet Wiedijk — Nieuw-West
      'MV2430-1': 3, // BK Sierplein — Nieuw-West
      'MV1039-1': 3, // BK Social Garden — Nieuw-West
      'MV1154-1': 3, // BK Staalmanpark — Nieuw-West
      'MV1198-1': 3, // BK Stichting De Brug — Nieuw-West
      'MV1388-1': 3, // Bos en Lommer Gibraltarstraat buurtkamer — West
      'MV1008-1': 3, // Brahmshof — Zuid
      'MV3011-1': 3, // Buuf en Buur — Noord
      'MV1173-1': 3, // Buurtcentrum `t Spinnewiel Venserpolder — Zuidoost
      'MV1191-1': 3, // Buurtcentrum De Rietwijker — Noord
      'MV1032-1': 3, // Buurtgebouw Henrick de Keijser — Zuid
      'MV1056-1': 3, // Buurthuis Plan C — Zuid
      'MV2898-1': 3, // Buurthuiskamer Bij Bosshardt OZ Achterburgwal — Centrum
      'MV3088-1': 3, // Buurthuiskamer Bij Bosshardt OZ Voorburgwal — Centrum
      'MV1457-1': 3, // Buurtkamer 1 Sluisbuurt — Oost
      'MV2930-1': 3, // Buurtkamer Aetsveld — Weesp
      'MV1019-1': 3, // Buurtkamer Bloemenbuurt / Heliotroop — Noord
      'MV1140-1': 3, // Buurtkamer Corantijn — West
      'MV1047-1': 3, // Buurtkamer Costa & Co — West
      'MV1692-1': 3, // Buurtkamer Dapperbuurt — Oost
      'MV2385-1': 3, // Buurtkamer de Bijenkorf — West
      'MV1079-1': 3, // Buurtkamer De Die — Noord
      'MV1220-1': 3, // Buurtkamer de Handreiking — Zuidoost
      'MV2931-1': 3, // Buurtkamer de Kastanje — Weesp
      'MV3029-1': 3, // Buurtkamer De Moddermolen — Centrum
      'MV2436-1': 3, // Buurtkamer de nieuwe Reiger — West
      'MV1254-1': 3, // Buurtkamer De Parel — Noord
      'MV1466-1': 3, // Buurtkamer De Steigerplek — Oost
      'MV2386-1': 3, // Buurtkamer Gulden Winckel (bestaand) — West
      'MV1176-1': 3, // Buurtkamer Havikslaan — Noord
      'MV1076-1': 3, // Buurtkamer Ijburg — Oost
      'MV3028-1': 3, // Buurtkamer Kattenburg — Centrum
      'MV1322-1': 3, // Buurtkamer Mercatorpark — West
      'MV1249-1': 3, // Buurtkamer Multibron — Zuidoost
      'MV1252-1': 3, // Buurtkamer ons Koekoeksnest — Noord
      'MV1431-1': 3, // Buurtkamer Oostenburg Noord — Centrum
      'MV1186-1': 3, // Buurtkamer Parlarie — West
      'MV3588-1': 3, // Buurtkamer Rivierenhuis — Zuid
      'MV2375-1': 3, // buurtkamer Robert Kochplantsoen — Oost
      'MV1120-1': 3, // Buurtkamer Stellingweg — Noord
      'MV3033-1': 3, // Buurtkamer UJ Klaren (bestaand) — Centrum
      'MV3036-1': 3, // Buurtkamer Weespersluis — Weesp
      'MV1239-1': 3, // Buurtkamer Zeeburgereiland — Oost
      'MV1256-1': 3, // Buurtsalon Jeltje — West
      'MV1141-1': 3, // Casa Jepie Makandra — Zuidoost
      'MV1090-1': 3, // centrum SIMUD — Zuidoost
      'MV1097-1': 3, // d`Oude Raai — Zuid
      'MV1240-1': 3, // De Baarshaven — Zuid
      'MV3016-1': 3, // De Blauwe Huiskamer — Noord
      'MV1102-1': 3, // de Buurman — Zuid
      'MV1218-1': 3, // De Coenen — Zuid
      'MV1397-1': 3, // de Ernst — Zuid
      'MV1049-1': 3, // De Gooyer — Oost
      'MV1048-1': 3, // De Kat — Oost
      'MV3027-1': 3, // De Tweede uitleg (bestaand) — Centrum
      'MV1217-1': 3, // Dorpshuis Holysloot — Noord
      'MV3252-1': 3, // Dufay — Zuid
      'MV1192-1': 3, // Eduard Douwes Dekkerhuis — Noord
      'MV1018-1': 3, // Florahofje — Noord
      'MV1247-1': 3, // Gebouw Hagendoornweg — Noord
      'MV2377-1': 3, // Grand-Caf? Genieten — Oost
      'MV3023-1': 3, // Het leefkringhuis / Armen Ineen — Noord
      'MV2932-1': 3, // Het Lichthuis — Weesp
      'MV1190-1': 3, // Hoofdkwartier — Zuid
      'MV1253-1': 3, // Huis van de buurt de Kimme — Noord
      'MV1028-1': 3, // Huis van de buurt Het Schouw — Noord
      'MV3024-1': 3, // Inloop buurtkamer Sociaal Maatsch. Werk — Noord
      'MV1045-1': 3, // Inloophuis Czaar 51 — Centrum
      'MV1246-1': 3, // Jeruzalem — Oost
      'MV1026-1': 3, // Korthagenhuis — Noord
      'MV1632-1': 3, // Kramatsalon — Oost
      'MV1251-1': 3, // Leefkringhuis — Noord
      'MV1030-1': 3, // Meergeneratiegebouw Goudestein — Zuid
      'MV1031-1': 3, // Menno Simonshuis — Zuid
      'MV1027-1': 3, // Modestraat ontmoeting — Noord
      'MV1576-1': 3, // Molenwijk Buurtkamer Diereneiland — Noord
      'MV1119-1': 3, // Molenwijk Buurtkamer Molenwijkkamer — Noord
      'MV2383-1': 3, // Muticultureel centrum Ala kondre — Zuidoost
      'MV2384-1': 3, // Nieuw Vredenburgh — West
      'MV1125-1': 3, // Olympisch kwartier — Zuid
      'MV3030-1': 3, // Ontspanning Achtergracht Zuid — Weesp
      'MV1433-1': 3, // Oud-Oost post Oost buurtkamer — Oost
      'MV1690-1': 3, // Quellijn — Zuid
      'MV1221-1': 3, // Rijn58 — Zuid
      'MV1659-1': 3, // Set — Oost
      'MV1450-1': 3, // Sloterdijk Contactbuurt: buurtkamer 2 — West
      'MV1131-2': 3, // Station Wildeman — Nieuw-West
      'MV1128-1': 3, // Stichting de Oase Buurthuiskamer Oosterparkbuurt — Oost
      'MV1174-1': 3, // t Boeit / boeninhuis — Zuidoost
      'MV1054-1': 3, // t Hoeckhuys — Oost
      'MV3290-1': 3, // Tori Oso — Zuidoost
      'MV3409-1': 3, // Twiske-West Buurtkamer Zuideinde 369 (renovatie) — Noord
      'MV1165-1': 3, // Twiskehuis — Noord
      'MV3057-1': 3, // Volewijck Buurtkamer Tolhuis 7a (renovatie) — Noord
      'MV1209-1': 3, // Wachterliedpaviljoen — West
      'MV1171-1': 3, // Welkom — Zuid
      'MV2935-1': 3, // Wijkcentrum Wintertuin — Weesp
      'MV1007-1': 3, // Wijkkamer De Klipper — Noord
      'MV1139-1': 3, // Zelfbeheer BK Plan van Gool Het Breedhuis — Noord
      'MV1022-1': 3, // Zelfbeheer Buurtkamer Antoniushuis — Noord
      'MV2928-1': 3, // Zelfbeheer Buurtkamer De Bol en woonwerkco?p. — Noord
      'MV1015-1': 3, // Zelfbeheer Buurtkamer De Driehoek en weggeefwinkel — Noord
      'MV2929-1': 3, // Zelfbeheer Buurtkamer de Kleine Wereld — Noord
      'MV1236-1': 3, // Zelfbeheer Buurtkamer Dorpshuis De Beke — Noord
      'MV1016-1': 3, // Zelfbeheer Buurtkamer Het Anker — Noord
      'MV2927-1': 3, // Zelfbeheer buurtkamer Het Baken — Noord
      'MV1223-1': 3, // Zelfbeheer Buurtkamer Kadoelen — Noord
      'MV1169-1': 3, // Zelfbeheer Buurtkamer Van der Pek — Noord
      'MV1225-1': 2, // Activiteitencentrum MatchZO — Weesp
      'MV1188-1': 2, // Activiteitencentrum VONK — Oost
      'MV1340-1': 2, // Bonte Kraai K buurt Midden — Zuidoost
      'MV3026-1': 2, // Buurtcentrum Holendrecht — Zuidoost
      'MV1242-1': 2, // Buurtcentrum Horizon — West
      'MV1233-1': 2, // Buurthuis De Meevaart — Oost
      'MV1387-1': 2, // Buurthuis Kwakoe — Zuidoost
      'MV2916-1': 2, // Buurthuis Vooruit — Nieuw-West
      'MV1615-1': 2, // Buurtkamer jongeren (Borgerbuurt) — West
      'MV2381-1': 2, // Buurtrestaurant Ijburgcollege — Oost
      'MV2913-1': 2, // Buurtwerkplaats Noorderhof — Nieuw-West
      'MV1117-1': 2, // Centrum Vrouw en Vaart — Nieuw-West
      'MV2921-1': 2, // Coffee Connect AZC — Nieuw-West
      'MV1005-1': 2, // De Banne — Noord
      'MV1143-1': 2, // De Boeg — West
      'MV1231-1': 2, // De Boomsspijker — Centrum
      'MV1063-1': 2, // De Eester — Oost
      'MV1011-1': 2, // De Havelaar — West
      'MV2923-1': 2, // De Huiskamer — Nieuw-West
      'MV1023-1': 2, // de Klinker — West
      'MV2439-1': 2, // De Witte Boei — Centrum
      'MV3291-1': 2, // Empowermentcentrum G-buurt — Zuidoost
      'MV1013-1': 2, // Het Brinkhuis — Oost
      'MV1060-1': 2, // Het Claverhuis — Centrum
      'MV1138-1': 2, // Het Parkhuis — Oost
      'MV1155-1': 2, // Huis van de Buurt De Koperen Knoop — West
      'MV1376-1': 2, // Huis van de Wijk Amstelkwartier 2 — Oost
      'MV1163-1': 2, // Huis van de Wijk De Evenaar — Noord
      'MV1086-1': 2, // Huis van de Wijk De Meeuw — Noord
      'MV1072-1': 2, // Huis van de Wijk Gein — Zuidoost
      'MV1127-1': 2, // Huis van de Wijk Oosterpark — Oost
      'MV1100-1': 2, // HvdW `t Blommetje — Nieuw-West
      'MV3439-1': 2, // HvdW `t Pluspunt — Nieuw-West
      'MV1009-1': 2, // HvdW Belgie — Nieuw-West
      'MV1212-1': 2, // HvdW Buitenveldert — Zuid
      'MV1053-1': 2, // HvdW De Aker — Nieuw-West
      'MV1136-1': 2, // HvdW De Buurtzaak — Nieuw-West
      'MV1227-1': 2, // HvdW De Pijp — Zuid
      'MV1222-1': 2, // HvdW Het Anker — Nieuw-West
      'MV1036-1': 2, // HvdW Honingraat Slotermeer — Nieuw-West
      'MV1219-1': 2, // HvdW Lydia — Zuid
      'MV1082-1': 2, // HvdW Olympus — Zuid
      'MV1092-1': 2, // HvdW Rivierenbuurt — Zuid
      'MV1159-1': 2, // Kraaipan — Oost
      'MV1096-1': 2, // Mansveltschool — West
      'MV1210-1': 2, // No Limit — Zuidoost
      'MV1029-1': 2, // Ontmoetingscentrum LEV — Zuid
      'MV3587-1': 2, // ontmoetingsruimte De Lente — Nieuw-West
      'MV2904-1': 2, // Ontmoetingsruimte De Pleinkamer — Nieuw-West
      'MV2905-1': 2, // Ontmoetingsruimte Het Paleis — Nieuw-West
      'MV2925-1': 2, // Ontmoetingsruimte Leo Polak huis — Nieuw-West
      'MV2907-1': 2, // Ouderenruimte Bonnefantenstraat — Nieuw-West
      'MV2909-1': 2, // SHE Ontmoetingsruimte — Nieuw-West
      'MV1447-1': 2, // Sloterdijk Stationskwartier: Huis van de Wijk — Nieuw-West
      'MV1461-1': 2, // Sluisbuurt huis van de wijk — Oost
      'MV1148-1': 2, // SOOJ ouderenontmoetingscentrum — Centrum
      'MV1177-1': 2, // SOOP ouderenontmoetingscentrum — Centrum
      'MV1149-1': 2, // Tagerijn — West
      'MV1035-1': 2, // Vrouwencentrum Doenja — Nieuw-West
      'MV2919-1': 2, // Vrouwencentrum Nisa4Nisa — Nieuw-West
      'MV2379-1': 2, // Vrouwencentrum Saaam — Nieuw-West
      'MV1179-1': 2, // Waterlandpleinbuurt Huis van de Wijk Waterlandplein — Noord
      'MV1014-1': 2, // Wijkcentrum d` Oude Stadt — Centrum
      'MV1228-1': 1, // 5 Sterrenschool - SPIN — Noord
      'MV1129-1': 1, // Activiteitenruimte Wethouder Verheijhal — Oost
      'MV2432-1': 1, // Atelier77 — Zuid
      'MV1649-1': 1, // Bellamy buurtmuseum — West
      'MV1135-1': 1, // Buurtboederij Ons Genoegen — West
      'MV1237-1': 1, // Centrale Dorpsraad — Noord
      'MV1658-1': 1, // Cybersoek — Oost
      'MV3031-1': 1, // Speeltuin Disneyland — Weesp
      'MV1051-1': 1, // Talentenkamer Piramideschool — Noord
      'MV1020-1': 1, // Weggeefwinkel Bloemenbuurt — Noord
    },
  },
  {
    q: 'hulp bij opvoeding',
    category: 'need',
    relevant: {
      'MV1238-1': 3, // OKT Bijlmer Centrum H-Buurt — Zuidoost
      'MV1071-1': 3, // OKT Bijlmer Oost Bijlmerdreef 1134 — Zuidoost
      'MV1067-1': 3, // OKT Bijlmer Oost Bijlmerdreef 618 — Zuidoost
      'MV1065-1': 3, // OKT Bos en Lommer — West
      'MV1044-1': 3, // OKT Brederodestraat Oud West — West
      'MV1189-1': 3, // OKT De Kikker — Nieuw-West
      'MV1215-1': 3, // OKT De Pijp Rivierenbuurt — Zuid
      'MV1235-1': 3, // OKT Het Meervoud — Nieuw-West
      'MV1040-1': 3, // OKT Honingraat — Nieuw-West
      'MV1042-1': 3, // OKT Magalhaensplein — West
      'MV1178-1': 3, // OKT Noord Oost — Noord
      'MV1162-1': 3, // OKT Noord West — Noord
      'MV1021-1': 3, // OKT Oud Noord — Noord
      'MV1050-1': 3, // OKT Oud Oost — Oost
      'MV1069-1': 3, // OKT Reigersbos — Zuidoost
      'MV1410-1': 3, // OKT uitbreiding Honingraat — Nieuw-West
      'MV1084-1': 3, // OKT Westerpark — West
      'MV1360-1': 3, // OKT WTV midden — Oost
      'MV1199-1': 3, // Pluspunt — Nieuw-West
      'MV1380-1': 2, // Buurtteam Arenapoort — Zuidoost
      'MV2986-1': 2, // Buurtteam Banne — Noord
      'MV2997-1': 2, // Buurtteam Bellamybuurt — West
      'MV3006-1': 2, // Buurtteam Bijlmer-Centrum — Zuidoost
      'MV3007-1': 2, // Buurtteam Bijlmer-Oost — Zuidoost
      'MV3004-1': 2, // Buurtteam Buitenveldert — Zuid
      'MV2998-1': 2, // Buurtteam De Baarsjes — West
      'MV3005-1': 2, // Buurtteam De Pijp — Zuid
      'MV2999-1': 2, // Buurtteam Erasmusparkbuurt — West
      'MV3008-1': 2, // Buurtteam Gaasperdam — Zuidoost
      'MV2981-1': 2, // Buurtteam Geuzenveld — Nieuw-West
      'MV2976-1': 2, // Buurtteam Haarlemmerbuurt — Centrum
      'MV2977-1': 2, // Buurtteam Jordaan — Centrum
      'MV3000-1': 2, // Buurtteam Kolenkitbuurt — West
      'MV3001-1': 2, // Buurtteam Landlust — West
      'MV2982-1': 2, // Buurtteam Meer en Vaart — Nieuw-West
      'MV2987-1': 2, // Buurtteam Molenwijk — Noord
      'MV2983-1': 2, // Buurtteam Nieuw Sloten — Nieuw-West
      'MV2978-1': 2, // Buurtteam Nieuwmarkt — Centrum
      'MV2975-1': 2, // Buurtteam Oostelijke Eilanden — Centrum
      'MV2989-1': 2, // Buurtteam Oud-oost — Oost
      'MV2979-1': 2, // Buurtteam Slotermeer — Nieuw-West
      'MV3010-1': 2, // Buurtteam Slotervaart (tijdelijk) — Nieuw-West
      'MV1462-1': 2, // Buurtteam Sluisbuurt 1 — Oost
      'MV1463-1': 2, // Buurtteam Sluisbuurt 2 — Oost
      'MV2995-1': 2, // Buurtteam Staatsliedenbuurt — West
      'MV2996-1': 2, // Buurtteam Van Lennepbuurt — West
      'MV2984-1': 2, // Buurtteam Vogelbuurt — Noord
      'MV2985-1': 2, // Buurtteam Volewijck — Noord
      'MV2990-1': 2, // Buurtteam Watergraafsmeer — Oost
      'MV2980-1': 2, // Buurtteam Wolbrandskerk — Nieuw-West
    },
  },
  {
    q: 'iets voor mijn tienerzoon',
    category: 'need',
    note: 'Meidenhuiskamer Ru Paré is for girls: not relevant',
    relevant: {
      'MV1422-2': 3, // `t Schaffie — West
      'MV1172-1': 3, // Argo — Zuid
      'MV1383-1': 3, // Banne Noord Kofschip Jongerencentrum — Noord
      'MV1062-1': 3, // Buikslotermeer Station Nrd — Noord
      'MV1615-1': 3, // Buurtkamer jongeren (Borgerbuurt) — West
      'MV1205-1': 3, // Club Junior Dapper — Oost
      'MV1202-1': 3, // Cremerplein / Cremerzz — West
      'MV1091-1': 3, // De Rijn — Zuid
      'MV1043-1': 3, // De Zuidpool — West
      'MV1057-1': 3, // Edelsteen — Zuid
      'MV1085-1': 3, // IJplein/Vogelbuurt Jongerencentrum De Valk — Noord
      'MV1126-1': 3, // JACO — Oost
      'MV1123-1': 3, // Jav`Art — Oost
      'MV1137-1': 3, // JC Da Vinci — Nieuw-West
      'MV3456-1': 3, // JC de Hood — Nieuw-West
      'MV2378-1': 3, // JC De Leeuw — Nieuw-West
      'MV1197-1': 3, // JC De Spot — Nieuw-West
      'MV1087-1': 3, // JC de Tickel — Nieuw-West
      'MV1131-1': 3, // JC Home Base (Station Wildeman) — Nieuw-West
      'MV2920-1': 3, // JC Hoogheemraadweg — Nieuw-West
      'MV1121-1': 3, // JC The Matrixx — Nieuw-West
      'MV3417-1': 3, // JC The Village tijdelijkheid (Aikibudo) — Nieuw-West
      'MV3416-1': 3, // JC The Wave — Noord
      'MV3013-1': 3, // JC Trefpunt — Nieuw-West
      'MV3479-1': 3, // Jongerencentrum Anansi def Venserpolder — Zuidoost
      'MV3595-1': 3, // Jongerencentrum Baggerbeest — Oost
      'MV1342-1': 3, // Jongerencentrum IJtopia Centrumeiland — Oost
      'MV3596-1': 3, // Jongerencentrum KIT — Oost
      'MV1181-1': 3, // Jongerencentrum Reel — Centrum
      'MV1184-1': 3, // Jongerencentrum Wittenburg Oostelijke Eilanden — Centrum
      'MV3418-1': 3, // Jongerencentrum Youngin — Zuidoost
      'MV1232-1': 3, // Nowhere — Oost
      'MV1095-1': 3, // t Landhuis — West
      'MV3037-1': 3, // tijdelijk jongerencentrum K buurt — Zuidoost
      'MV2933-1': 3, // Trainspotting — Weesp
      'MV1157-1': 3, // Tugelahuis — Oost
      'MV1156-1': 3, // Tuindorp Oostzaan Jongerencentrum Satirius — Noord
      'MV1183-1': 3, // Van Beuningenplein — West
      'MV1420-1': 3, // Volewijck Jongerencentrum De Klusfabriek (oud) — Noord
      'MV1182-1': 3, // Volta — West
      'MV1206-1': 3, // VTC the Mall — West
      'MV1077-1': 3, // Youth Side — Oost
      'MV3413-1': 2, // Hiphopcentrum incl. topsport trainingslocatie breaking — Zuidoost
      'MV1426-1': 2, // Stichting Argan jongerendebatcentrum — Nieuw-West
      'MV2970-1': 1, // Boksschool VBSK Albert Cuyp — Zuid
      'MV1238-1': 1, // OKT Bijlmer Centrum H-Buurt — Zuidoost
      'MV1071-1': 1, // OKT Bijlmer Oost Bijlmerdreef 1134 — Zuidoost
      'MV1067-1': 1, // OKT Bijlmer Oost Bijlmerdreef 618 — Zuidoost
      'MV1065-1': 1, // OKT Bos en Lommer — West
      'MV1044-1': 1, // OKT Brederodestraat Oud West — West
      'MV1189-1': 1, // OKT De Kikker — Nieuw-West
      'MV1215-1': 1, // OKT De Pijp Rivierenbuurt — Zuid
      'MV1235-1': 1, // OKT Het Meervoud — Nieuw-West
      'MV1040-1': 1, // OKT Honingraat — Nieuw-West
      'MV1042-1': 1, // OKT Magalhaensplein — West
      'MV1178-1': 1, // OKT Noord Oost — Noord
      'MV1162-1': 1, // OKT Noord West — Noord
      'MV1021-1': 1, // OKT Oud Noord — Noord
      'MV1050-1': 1, // OKT Oud Oost — Oost
      'MV1069-1': 1, // OKT Reigersbos — Zuidoost
      'MV1410-1': 1, // OKT uitbreiding Honingraat — Nieuw-West
      'MV1084-1': 1, // OKT Westerpark — West
      'MV1360-1': 1, // OKT WTV midden — Oost
      'MV1199-1': 1, // Pluspunt — Nieuw-West
      'MV2965-1': 1, // Spark United — Nieuw-West
    },
  },
  {
    q: 'hulp bij geldzorgen',
    category: 'need',
    relevant: {
      'MV1380-1': 3, // Buurtteam Arenapoort — Zuidoost
      'MV2986-1': 3, // Buurtteam Banne — Noord
      'MV2997-1': 3, // Buurtteam Bellamybuurt — West
      'MV3006-1': 3, // Buurtteam Bijlmer-Centrum — Zuidoost
      'MV3007-1': 3, // Buurtteam Bijlmer-Oost — Zuidoost
      'MV3004-1': 3, // Buurtteam Buitenveldert — Zuid
      'MV2998-1': 3, // Buurtteam De Baarsjes — West
      'MV3005-1': 3, // Buurtteam De Pijp — Zuid
      'MV2999-1': 3, // Buurtteam Erasmusparkbuurt — West
      'MV3008-1': 3, // Buurtteam Gaasperdam — Zuidoost
      'MV2981-1': 3, // Buurtteam Geuzenveld — Nieuw-West
      'MV2976-1': 3, // Buurtteam Haarlemmerbuurt — Centrum
      'MV2977-1': 3, // Buurtteam Jordaan — Centrum
      'MV3000-1': 3, // Buurtteam Kolenkitbuurt — West
      'MV3001-1': 3, // Buurtteam Landlust — West
      'MV2982-1': 3, // Buurtteam Meer en Vaart — Nieuw-West
      'MV2987-1': 3, // Buurtteam Molenwijk — Noord
      'MV2983-1': 3, // Buurtteam Nieuw Sloten — Nieuw-West
      'MV2978-1': 3, // Buurtteam Nieuwmarkt — Centrum
      'MV2975-1': 3, // Buurtteam Oostelijke Eilanden — Centrum
      'MV2989-1': 3, // Buurtteam Oud-oost — Oost
      'MV2979-1': 3, // Buurtteam Slotermeer — Nieuw-West
      'MV3010-1': 3, // Buurtteam Slotervaart (tijdelijk) — Nieuw-West
      'MV1462-1': 3, // Buurtteam Sluisbuurt 1 — Oost
      'MV1463-1': 3, // Buurtteam Sluisbuurt 2 — Oost
      'MV2995-1': 3, // Buurtteam Staatsliedenbuurt — West
      'MV2996-1': 3, // Buurtteam Van Lennepbuurt — West
      'MV2984-1': 3, // Buurtteam Vogelbuurt — Noord
      'MV2985-1': 3, // Buurtteam Volewijck — Noord
      'MV2990-1': 3, // Buurtteam Watergraafsmeer — Oost
      'MV2980-1': 3, // Buurtteam Wolbrandskerk — Nieuw-West
      'MV3015-1': 2, // De Ark - Sociale Kruidenier — Noord
      'MV3024-1': 2, // Inloop buurtkamer Sociaal Maatsch. Werk — Noord
      'MV1225-1': 1, // Activiteitencentrum MatchZO — Weesp
      'MV1188-1': 1, // Activiteitencentrum VONK — Oost
      'MV1340-1': 1, // Bonte Kraai K buurt Midden — Zuidoost
      'MV3026-1': 1, // Buurtcentrum Holendrecht — Zuidoost
      'MV1242-1': 1, // Buurtcentrum Horizon — West
      'MV1233-1': 1, // Buurthuis De Meevaart — Oost
      'MV1387-1': 1, // Buurthuis Kwakoe — Zuidoost
      'MV1005-1': 1, // De Banne — Noord
      'MV1143-1': 1, // De Boeg — West
      'MV1231-1': 1, // De Boomsspijker — Centrum
      'MV1063-1': 1, // De Eester — Oost
      'MV1011-1': 1, // De Havelaar — West
      'MV1023-1': 1, // de Klinker — West
      'MV2439-1': 1, // De Witte Boei — Centrum
      'MV1013-1': 1, // Het Brinkhuis — Oost
      'MV1060-1': 1, // Het Claverhuis — Centrum
      'MV1138-1': 1, // Het Parkhuis — Oost
      'MV1155-1': 1, // Huis van de Buurt De Koperen Knoop — West
      'MV1376-1': 1, // Huis van de Wijk Amstelkwartier 2 — Oost
      'MV1163-1': 1, // Huis van de Wijk De Evenaar — Noord
      'MV1086-1': 1, // Huis van de Wijk De Meeuw — Noord
      'MV1072-1': 1, // Huis van de Wijk Gein — Zuidoost
      'MV1127-1': 1, // Huis van de Wijk Oosterpark — Oost
      'MV1100-1': 1, // HvdW `t Blommetje — Nieuw-West
      'MV3439-1': 1, // HvdW `t Pluspunt — Nieuw-West
      'MV1009-1': 1, // HvdW Belgie — Nieuw-West
      'MV1212-1': 1, // HvdW Buitenveldert — Zuid
      'MV1053-1': 1, // HvdW De Aker — Nieuw-West
      'MV1136-1': 1, // HvdW De Buurtzaak — Nieuw-West
      'MV1227-1': 1, // HvdW De Pijp — Zuid
      'MV1222-1': 1, // HvdW Het Anker — Nieuw-West
      'MV1036-1': 1, // HvdW Honingraat Slotermeer — Nieuw-West
      'MV1219-1': 1, // HvdW Lydia — Zuid
      'MV1082-1': 1, // HvdW Olympus — Zuid
      'MV1092-1': 1, // HvdW Rivierenbuurt — Zuid
      'MV1159-1': 1, // Kraaipan — Oost
      'MV1096-1': 1, // Mansveltschool — West
      'MV1210-1': 1, // No Limit — Zuidoost
      'MV1447-1': 1, // Sloterdijk Stationskwartier: Huis van de Wijk — Nieuw-West
      'MV1461-1': 1, // Sluisbuurt huis van de wijk — Oost
      'MV1149-1': 1, // Tagerijn — West
      'MV1179-1': 1, // Waterlandpleinbuurt Huis van de Wijk Waterlandplein — Noord
      'MV1020-1': 1, // Weggeefwinkel Bloemenbuurt — Noord
      'MV1014-1': 1, // Wijkcentrum d` Oude Stadt — Centrum
      'MV1015-1': 1, // Zelfbeheer Buurtkamer De Driehoek en weggeefwinkel — Noord
    },
  },
  {
    q: 'ergens rustig lezen',
    category: 'need',
    relevant: {
      'MV2948-1': 3, // Bibliotheek Weesp — Weesp
      'MV1075-1': 3, // OBA — Zuid
      'MV2941-1': 3, // OBA Banne — Noord
      'MV2961-1': 3, // OBA Bijlmerplein — Zuidoost
      'MV2954-1': 3, // OBA Bos en Lommer — West
      'MV2957-1': 3, // OBA Buitenveldert — Zuid
      'MV2936-1': 3, // OBA Casa Sofia — Nieuw-West
      'MV2958-1': 3, // OBA CC Amstel — Zuid
      'MV2952-1': 3, // OBA De Hallen — West
      'MV2962-1': 3, // OBA Ganzenhoef — Zuidoost
      'MV2937-1': 3, // OBA Geuzenveld — Nieuw-West
      'MV2945-1': 3, // OBA Ijburg — Oost
      'MV2946-1': 3, // OBA Javaplein — Oost
      'MV2947-1': 3, // OBA Linnaeus — Oost
      'MV2950-1': 3, // OBA Mercatorplein — West
      'MV2942-1': 3, // OBA Molenwijk — Noord
      'MV2960-1': 3, // OBA Olympisch Kwartier — Zuid
      'MV3058-1': 3, // OBA Oosterdok — Centrum
      'MV2938-1': 3, // OBA Osdorp — Nieuw-West
      'MV2940-1': 3, // OBA Postjesweg — Nieuw-West
      'MV2963-1': 3, // OBA Reigerbos — Zuidoost
      'MV2959-1': 3, // OBA Roelof Hartplein — Zuid
      'MV2951-1': 3, // OBA Spaardammerbuurt — West
      'MV2953-1': 3, // OBA Staatsliedenbuurt — West
      'MV2943-1': 3, // OBA Van der Pek — Noord
      'MV2944-1': 3, // OBA Waterlandplein — Noord
    },
  },
  {
    q: 'kinderen laten spelen',
    category: 'need',
    relevant: {
      'MV1046-1': 3, // Bilderdijkpark — West
      'MV1094-1': 3, // BSVAZ — Zuid
      'MV1066-1': 3, // De Toverbal 1 — West
      'MV1241-1': 3, // De Toverbal 2 — West
      'MV1185-1': 3, // De ZuidersSpeeltuingebouw — West
      'MV1147-1': 3, // Gebouw De Noorderspeeltuin — Centrum
      'MV1195-1': 3, // Henrick de Keijser H47 — Zuid
      'MV1133-1': 3, // NatuurSpeeltuingebouw het woeste westen — West
      'MV1061-1': 3, // Ons Genoegen — Centrum
      'MV1216-1': 3, // OosterSpeeltuingebouw — Centrum
      'MV1175-1': 3, // Speeltuin De Speelvogel — Noord
      'MV3031-1': 3, // Speeltuin Disneyland — Weesp
      'MV1194-1': 3, // Speeltuin Het Bloemenkwartier — Noord
      'MV1168-1': 3, // Speeltuin Volewijck — Noord
      'MV1203-1': 3, // Speeltuingebouw Cremerplein — West
      'MV1024-1': 3, // Speeltuingebouw de Boom — West
      'MV1074-1': 3, // Speeltuingebouw De Piramide — Centrum
      'MV1226-1': 3, // Speeltuingebouw de Waag — Centrum
      'MV1207-1': 3, // Speeltuingebouw Frankendeal / amsteldorp — Oost
      'MV1200-1': 3, // Speeltuingebouw Jacob Maris — West
      'MV1229-1': 3, // Speeltuingebouw Mercator — West
      'MV3170-2': 3, // Speeltuingebouw Mercatorpark — West
      'MV1073-1': 3, // Speeltuingebouw Nieuw Gibraltar — West
      'MV1153-1': 3, // Speeltuingebouw Spaarndammerkwartier — West
      'MV1055-1': 3, // Speeltuingebouw UJ Klaren — Centrum
      'MV1099-1': 3, // Speeltuingebouw Westerkwartier / het paviljoen — West
      'MV1103-1': 3, // Speeltuingebouw Wittenburg — Centrum
      'MV1158-1': 3, // Speeltuingebouwhuisje Jouberstraat / transvaal — Oost
      'MV1230-1': 3, // Speeltuingebouwhuisje mariotteplein — Oost
      'MV1012-1': 3, // Speeltuingebouwhuisje onderlangs — Oost
      'MV1243-1': 3, // Speeltuingebouwhuisje Steve Biko — Oost
      'MV3598-1': 3, // speeltuinhuisje Sumatraplantsoen — Oost
      'MV1224-1': 3, // Speeltuinvereniging Twiske — Noord
      'MV1160-1': 3, // Zelfbeheer buurtkamer en speeltuinvereniging Nieuwendam — Noord
      'MV1164-1': 3, // Zelfbeheer Buurtkamer St. Het Middelpunt en speeltuingeb — Noord
      'MV1068-1': 2, // Jeugdland — Oost
      'MV1180-1': 2, // kinderboerderij / dierencapel — Centrum
      'MV1078-1': 2, // Kinderboerderij `t Brinkie — Zuidoost
      'MV1088-1': 2, // Kinderboerderij de Bijlmerweide — Zuidoost
      'MV1006-1': 2, // Kinderboerderij de Buiktuin — Noord
      'MV1070-1': 2, // Kinderboerderij de Gliphoeve — Zuidoost
      'MV1098-1': 2, // Kinderboerderij de Pijp — Zuid
      'MV1041-1': 2, // Kinderboerderij de Strohalm — Nieuw-West
      'MV1142-1': 2, // Kinderboerderij de Uylenburg/Rembrandpark — Nieuw-West
      'MV1118-1': 2, // Kinderboerderij de Werf — Oost
      'MV1152-1': 2, // Kinderboerderij Sloterpark — Nieuw-West
      'MV1064-1': 2, // Kinderboerderij Wachterlied — West
      'MV1134-1': 2, // Kinderboerderij Westerpark — West
      'MV1146-1': 2, // Stadsboerderij Amstelpark — Zuid
      'MV1234-1': 2, // Stadsboerderij Osdorp — Nieuw-West
      'MV1010-1': 2, // Stadsboerderij Zimmerhoeve — West
    },
  },
  {
    q: 'sporten',
    category: 'need',
    relevant: {
      'MV2358-1': 3, // Amstelcampus — Oost
      'MV2368-1': 3, // Apollohal — Zuid
      'MV3436-1': 3, // Bijlmer Sportcentrum — Zuidoost (3 rows)
      'MV2971-1': 3, // Bijlmer Sporthal — Zuidoost
      'MV3421-1': 3, // Bijlmer Sportpark — Zuidoost
      'MV3083-1': 3, // Bijlmersportcentrum — Zuidoost
      'MV2970-1': 3, // Boksschool VBSK Albert Cuyp — Zuid
      'MV2353-1': 3, // Friendship Sports Centre — Noord
      'MV3054-1': 3, // Het Marnix — Centrum (2 rows)
      'MV3413-1': 3, // Hiphopcentrum incl. topsport trainingslocatie breaking — Zuidoost
      'MV2366-1': 3, // Hogendorp Sportcentrum — West
      'MV2513-1': 3, // Jaap Edenhal — Oost
      'MV2502-1': 3, // Roeicentrum Bosbaan — Zuid (3 rows)
      'MV2965-1': 3, // Spark United — Nieuw-West
      'MV2348-1': 3, // Sportcentrum Caland — Nieuw-West
      'MV2370-1': 3, // Sportcentrum De Pijp — Zuid
      'MV3438-1': 3, // Sportcentrum Ookmeer — Nieuw-West
      'MV2347-1': 3, // Sportcomplex Amsterdam Pirates — Nieuw-West
      'MV2276-2': 3, // Sporthal CVT — Oost
      'MV2354-1': 3, // Sporthal De Weeren — Noord
      'MV2372-1': 3, // Sporthal Gaasperdam — Zuidoost
      'MV2361-1': 3, // Sporthal IJburg — Oost
      'MV2367-1': 3, // Sporthal Laan van Spartaan — West
      'MV2371-1': 3, // Sporthal ROC Europaboulevard — Zuid
      'MV2969-1': 3, // Sporthal Weespersluis — Weesp
      'MV2362-1': 3, // Sporthal Wethouder Verheij — Oost
      'MV2524-1': 3, // Sporthallen Zuid — Zuid
      'MV2505-1': 3, // Sportpark `t Loopveld — Zuid (3 rows)
      'MV2161-1': 3, // Sportpark Amsterdamse Bos — Zuid (2 rows)
      'MV3108-1': 3, // Sportpark Bijlmer-hockeyveld — Zuidoost
      'MV3425-1': 3, // Sportpark Buiksloterbanne — Noord (2 rows)
      'MV2431-1': 3, // Sportpark De Schinkel — Zuid
      'MV2165-1': 3, // Sportpark De Weeren — Noord (2 rows)
      'MV2166-1': 3, // Sportpark Drieburg — Oost (5 rows)
      'MV2473-1': 3, // Sportpark Durgerdam — Noord
      'MV2487-1': 3, // Sportpark IJburg — Oost
      'MV2474-1': 3, // Sportpark Joos Banckersweg — West (2 rows)
      'MV3422-1': 3, // Sportpark Kadoelen — Noord (2 rows)
      'MV3430-1': 3, // Sportpark Melkweg — Noord (2 rows)
      'MV2215-1': 3, // Sportpark Melkweg Oostzanerwerf — Noord
      'MV2481-1': 3, // Sportpark Middenmeer — Oost (10 rows)
      'MV1685-1': 3, // Sportpark Multatuli — West
      'MV3435-1': 3, // Sportpark Ookmeer — Nieuw-West (4 rows)
      'MV3426-1': 3, // Sportpark Oostzanerwerf — Noord (2 rows)
      'MV2490-1': 3, // Sportpark Papelaan — Weesp (5 rows)
      'MV3391-1': 3, // Sportpark Parkschouwburg — Centrum
      'MV2499-1': 3, // Sportpark Sloten — Nieuw-West (4 rows)
      'MV2395-1': 3, // Sportpark Transformatorweg — West (2 rows)
      'MV3431-1': 3, // Sportpark Tuindorp-Oostzaan — Noord
      'MV3428-1': 3, // Sportpark Van Heenvlietlaan — Zuid
      'MV2491-1': 3, // Sportpark Vechtoever — Weesp (2 rows)
      'MV3427-1': 3, // Sportpark W.H. Vliegenbos — Noord
      'MV2169-1': 3, // Sportpark Winterdijkplein — Zuid
      'MV2131-1': 3, // Sportpark Zeeburgereiland — Oost (11 rows)
      'MV2355-1': 3, // Tennishal TV Tie-Breakers — Oost
      'MV1673-1': 3, // Tennispark Kadoelen — Noord
      'MV2363-1': 3, // Tennisschuur Ijburg — Oost
      'MV3048-1': 2, // Brediusbad — West (3 rows)
      'MV3082-1': 2, // De Mirandabad — Zuid (4 rows)
      'MV2968-1': 2, // Flevoparkbad — Oost (2 rows)
      'MV3067-2': 2, // Het Marnixbad — Centrum (2 rows)
      'MV3071-1': 2, // Noorderparkbad — Noord (6 rows)
      'MV2523-1': 2, // RS Survivors Amsterdam — Zuid
      'MV3068-1': 2, // Sloterparkbad — Nieuw-West (5 rows)
      'MV3075-1': 2, // Sportfondsenbad Oost — Oost (3 rows)
      'MV3077-2': 2, // Sportplaza Mercator — West (3 rows)
      'MV3076-1': 2, // Victoriabad — Weesp
      'MV3081-1': 2, // Zuiderbad — Zuid (2 rows)
    },
  },
  {
    q: 'zwemles',
    category: 'need',
    note: 'lessons are given in indoor (binnen/doelgroepen) pools; Brediusbad and Flevoparkbad are outdoor only',
    relevant: {
      'MV3082-1': 3, // De Mirandabad — Zuid (4 rows)
      'MV3067-2': 3, // Het Marnixbad — Centrum (2 rows)
      'MV3071-1': 3, // Noorderparkbad — Noord (6 rows)
      'MV3068-1': 3, // Sloterparkbad — Nieuw-West (5 rows)
      'MV3075-1': 3, // Sportfondsenbad Oost — Oost (3 rows)
      'MV3077-2': 3, // Sportplaza Mercator — West (3 rows)
      'MV3076-1': 3, // Victoriabad — Weesp
      'MV3081-1': 3, // Zuiderbad — Zuid (2 rows)
      'MV3083-1': 2, // Bijlmersportcentrum — Zuidoost
      'MV3054-1': 2, // Het Marnix — Centrum (2 rows)
      'MV3048-1': 1, // Brediusbad — West (3 rows)
      'MV2968-1': 1, // Flevoparkbad — Oost (2 rows)
    },
  },
  {
    q: 'nederlands leren',
    category: 'need',
    note: 'the OBA branches run the Taalhuis / taalspreekuren',
    relevant: {
      'MV2948-1': 3, // Bibliotheek Weesp — Weesp
      'MV1075-1': 3, // OBA — Zuid
      'MV2941-1': 3, // OBA Banne — Noord
      'MV2961-1': 3, // OBA Bijlmerplein — Zuidoost
      'MV2954-1': 3, // OBA Bos en Lommer — West
      'MV2957-1': 3, // OBA Buitenveldert — Zuid
      'MV2936-1': 3, // OBA Casa Sofia — Nieuw-West
      'MV2958-1': 3, // OBA CC Amstel — Zuid
      'MV2952-1': 3, // OBA De Hallen — West
      'MV2962-1': 3, // OBA Ganzenhoef — Zuidoost
      'MV2937-1': 3, // OBA Geuzenveld — Nieuw-West
      'MV2945-1': 3, // OBA Ijburg — Oost
      'MV2946-1': 3, // OBA Javaplein — Oost
      'MV2947-1': 3, // OBA Linnaeus — Oost
      'MV2950-1': 3, // OBA Mercatorplein — West
      'MV2942-1': 3, // OBA Molenwijk — Noord
      'MV2960-1': 3, // OBA Olympisch Kwartier — Zuid
      'MV3058-1': 3, // OBA Oosterdok — Centrum
      'MV2938-1': 3, // OBA Osdorp — Nieuw-West
      'MV2940-1': 3, // OBA Postjesweg — Nieuw-West
      'MV2963-1': 3, // OBA Reigerbos — Zuidoost
      'MV2959-1': 3, // OBA Roelof Hartplein — Zuid
      'MV2951-1': 3, // OBA Spaardammerbuurt — West
      'MV2953-1': 3, // OBA Staatsliedenbuurt — West
      'MV2943-1': 3, // OBA Van der Pek — Noord
      'MV2944-1': 3, // OBA Waterlandplein — Noord
      'MV1225-1': 1, // Activiteitencentrum MatchZO — Weesp
      'MV1188-1': 1, // Activiteitencentrum VONK — Oost
      'MV1340-1': 1, // Bonte Kraai K buurt Midden — Zuidoost
      'MV3026-1': 1, // Buurtcentrum Holendrecht — Zuidoost
      'MV1242-1': 1, // Buurtcentrum Horizon — West
      'MV1233-1': 1, // Buurthuis De Meevaart — Oost
      'MV1387-1': 1, // Buurthuis Kwakoe — Zuidoost
      'MV1005-1': 1, // De Banne — Noord
      'MV1143-1': 1, // De Boeg — West
      'MV1231-1': 1, // De Boomsspijker — Centrum
      'MV1063-1': 1, // De Eester — Oost
      'MV1011-1': 1, // De Havelaar — West
      'MV1023-1': 1, // de Klinker — West
      'MV2439-1': 1, // De Witte Boei — Centrum
      'MV1013-1': 1, // Het Brinkhuis — Oost
      'MV1060-1': 1, // Het Claverhuis — Centrum
      'MV1138-1': 1, // Het Parkhuis — Oost
      'MV1155-1': 1, // Huis van de Buurt De Koperen Knoop — West
      'MV1376-1': 1, // Huis van de Wijk Amstelkwartier 2 — Oost
      'MV1163-1': 1, // Huis van de Wijk De Evenaar — Noord
      'MV1086-1': 1, // Huis van de Wijk De Meeuw — Noord
      'MV1072-1': 1, // Huis van de Wijk Gein — Zuidoost
      'MV1127-1': 1, // Huis van de Wijk Oosterpark — Oost
      'MV1100-1': 1, // HvdW `t Blommetje — Nieuw-West
      'MV3439-1': 1, // HvdW `t Pluspunt — Nieuw-West
      'MV1009-1': 1, // HvdW Belgie — Nieuw-West
      'MV1212-1': 1, // HvdW Buitenveldert — Zuid
      'MV1053-1': 1, // HvdW De Aker — Nieuw-West
      'MV1136-1': 1, // HvdW De Buurtzaak — Nieuw-West
      'MV1227-1': 1, // HvdW De Pijp — Zuid
      'MV1222-1': 1, // HvdW Het Anker — Nieuw-West
      'MV1036-1': 1, // HvdW Honingraat Slotermeer — Nieuw-West
      'MV1219-1': 1, // HvdW Lydia — Zuid
      'MV1082-1': 1, // HvdW Olympus — Zuid
      'MV1092-1': 1, // HvdW Rivierenbuurt — Zuid
      'MV1159-1': 1, // Kraaipan — Oost
      'MV1096-1': 1, // Mansveltschool — West
      'MV1210-1': 1, // No Limit — Zuidoost
      'MV1447-1': 1, // Sloterdijk Stationskwartier: Huis van de Wijk — Nieuw-West
      'MV1461-1': 1, // Sluisbuurt huis van de wijk — Oost
      'MV1149-1': 1, // Tagerijn — West
      'MV1179-1': 1, // Waterlandpleinbuurt Huis van de Wijk Waterlandplein — Noord
      'MV1014-1': 1, // Wijkcentrum d` Oude Stadt — Centrum
    },
  },
  {
    q: 'hulp met de computer',
    category: 'need',
    relevant: {
      'MV2948-1': 3, // Bibliotheek Weesp — Weesp
      'MV1658-1': 3, // Cybersoek — Oost
      'MV1075-1': 3, // OBA — Zuid
      'MV2941-1': 3, // OBA Banne — Noord
      'MV2961-1': 3, // OBA Bijlmerplein — Zuidoost
      'MV2954-1': 3, // OBA Bos en Lommer — West
      'MV2957-1': 3, // OBA Buitenveldert — Zuid
      'MV2936-1': 3, // OBA Casa Sofia — Nieuw-West
      'MV2958-1': 3, // OBA CC Amstel — Zuid
      'MV2952-1': 3, // OBA De Hallen — West
      'MV2962-1': 3, // OBA Ganzenhoef — Zuidoost
      'MV2937-1': 3, // OBA Geuzenveld — Nieuw-West
      'MV2945-1': 3, // OBA Ijburg — Oost
      'MV2946-1': 3, // OBA Javaplein — Oost
      'MV2947-1': 3, // OBA Linnaeus — Oost
      'MV2950-1': 3, // OBA Mercatorplein — West
      'MV2942-1': 3, // OBA Molenwijk — Noord
      'MV2960-1': 3, // OBA Olympisch Kwartier — Zuid
      'MV3058-1': 3, // OBA Oosterdok — Centrum
      'MV2938-1': 3, // OBA Osdorp — Nieuw-West
      'MV2940-1': 3, // OBA Postjesweg — Nieuw-West
      'MV2963-1': 3, // OBA Reigerbos — Zuidoost
      'MV2959-1': 3, // OBA Roelof Hartplein — Zuid
      'MV2951-1': 3, // OBA Spaardammerbuurt — West
      'MV2953-1': 3, // OBA Staatsliedenbuurt — West
      'MV2943-1': 3, // OBA Van der Pek — Noord
      'MV2944-1': 3, // OBA Waterlandplein — Noord
      'MV1225-1': 1, // Activiteitencentrum MatchZO — Weesp
      'MV1188-1': 1, // Activiteitencentrum VONK — Oost
      'MV1340-1': 1, // Bonte Kraai K buurt Midden — Zuidoost
      'MV3026-1': 1, // Buurtcentrum Holendrecht — Zuidoost
      'MV1242-1': 1, // Buurtcentrum Horizon — West
      'MV1233-1': 1, // Buurthuis De Meevaart — Oost
      'MV1387-1': 1, // Buurthuis Kwakoe — Zuidoost
      'MV1005-1': 1, // De Banne — Noord
      'MV1143-1': 1, // De Boeg — West
      'MV1231-1': 1, // De Boomsspijker — Centrum
      'MV1063-1': 1, // De Eester — Oost
      'MV1011-1': 1, // De Havelaar — West
      'MV1023-1': 1, // de Klinker — West
      'MV2439-1': 1, // De Witte Boei — Centrum
      'MV1013-1': 1, // Het Brinkhuis — Oost
      'MV1060-1': 1, // Het Claverhuis — Centrum
      'MV1138-1': 1, // Het Parkhuis — Oost
      'MV1155-1': 1, // Huis van de Buurt De Koperen Knoop — West
      'MV1376-1': 1, // Huis van de Wijk Amstelkwartier 2 — Oost
      'MV1163-1': 1, // Huis van de Wijk De Evenaar — Noord
      'MV1086-1': 1, // Huis van de Wijk De Meeuw — Noord
      'MV1072-1': 1, // Huis van de Wijk Gein — Zuidoost
      'MV1127-1': 1, // Huis van de Wijk Oosterpark — Oost
      'MV1100-1': 1, // HvdW `t Blommetje — Nieuw-West
      'MV3439-1': 1, // HvdW `t Pluspunt — Nieuw-West
      'MV1009-1': 1, // HvdW Belgie — Nieuw-West
      'MV1212-1': 1, // HvdW Buitenveldert — Zuid
      'MV1053-1': 1, // HvdW De Aker — Nieuw-West
      'MV1136-1': 1, // HvdW De Buurtzaak — Nieuw-West
      'MV1227-1': 1, // HvdW De Pijp — Zuid
      'MV1222-1': 1, // HvdW Het Anker — Nieuw-West
      'MV1036-1': 1, // HvdW Honingraat Slotermeer — Nieuw-West
      'MV1219-1': 1, // HvdW Lydia — Zuid
      'MV1082-1': 1, // HvdW Olympus — Zuid
      'MV1092-1': 1, // HvdW Rivierenbuurt — Zuid
      'MV1159-1': 1, // Kraaipan — Oost
      'MV1096-1': 1, // Mansveltschool — West
      'MV1210-1': 1, // No Limit — Zuidoost
      'MV1447-1': 1, // Sloterdijk Stationskwartier: Huis van de Wijk — Nieuw-West
      'MV1461-1': 1, // Sluisbuurt huis van de wijk — Oost
      'MV1149-1': 1, // Tagerijn — West
      'MV1179-1': 1, // Waterlandpleinbuurt Huis van de Wijk Waterlandplein — Noord
      'MV1014-1': 1, // Wijkcentrum d` Oude Stadt — Centrum
    },
  },
  {
    q: 'iets voor ouderen',
    category: 'need',
    relevant: {
      'MV2907-1': 3, // Ouderenruimte Bonnefantenstraat — Nieuw-West
      'MV1148-1': 3, // SOOJ ouderenontmoetingscentrum — Centrum
      'MV1177-1': 3, // SOOP ouderenontmoetingscentrum — Centrum
      'MV1030-1': 2, // Meergeneratiegebouw Goudestein — Zuid
      'MV1029-1': 2, // Ontmoetingscentrum LEV — Zuid
      'MV1225-1': 1, // Activiteitencentrum MatchZO — Weesp
      'MV1188-1': 1, // Activiteitencentrum VONK — Oost
      'MV1340-1': 1, // Bonte Kraai K buurt Midden — Zuidoost
      'MV3026-1': 1, // Buurtcentrum Holendrecht — Zuidoost
      'MV1242-1': 1, // Buurtcentrum Horizon — West
      'MV1233-1': 1, // Buurthuis De Meevaart — Oost
      'MV1387-1': 1, // Buurthuis Kwakoe — Zuidoost
      'MV1005-1': 1, // De Banne — Noord
      'MV1143-1': 1, // De Boeg — West
      'MV1231-1': 1, // De Boomsspijker — Centrum
      'MV1063-1': 1, // De Eester — Oost
      'MV1011-1': 1, // De Havelaar — West
      'MV1023-1': 1, // de Klinker — West
      'MV2439-1': 1, // De Witte Boei — Centrum
      'MV1013-1': 1, // Het Brinkhuis — Oost
      'MV1060-1': 1, // Het Claverhuis — Centrum
      'MV1138-1': 1, // Het Parkhuis — Oost
      'MV1155-1': 1, // Huis van de Buurt De Koperen Knoop — West
      'MV1376-1': 1, // Huis van de Wijk Amstelkwartier 2 — Oost
      'MV1163-1': 1, // Huis van de Wijk De Evenaar — Noord
      'MV1086-1': 1, // Huis van de Wijk De Meeuw — Noord
      'MV1072-1': 1, // Huis van de Wijk Gein — Zuidoost
      'MV1127-1': 1, // Huis van de Wijk Oosterpark — Oost
      'MV1100-1': 1, // HvdW `t Blommetje — Nieuw-West
      'MV3439-1': 1, // HvdW `t Pluspunt — Nieuw-West
      'MV1009-1': 1, // HvdW Belgie — Nieuw-West
      'MV1212-1': 1, // HvdW Buitenveldert — Zuid
      'MV1053-1': 1, // HvdW De Aker — Nieuw-West
      'MV1136-1': 1, // HvdW De Buurtzaak — Nieuw-West
      'MV1227-1': 1, // HvdW De Pijp — Zuid
      'MV1222-1': 1, // HvdW Het Anker — Nieuw-West
      'MV1036-1': 1, // HvdW Honingraat Slotermeer — Nieuw-West
      'MV1219-1': 1, // HvdW Lydia — Zuid
      'MV1082-1': 1, // HvdW Olympus — Zuid
      'MV1092-1': 1, // HvdW Rivierenbuurt — Zuid
      'MV1159-1': 1, // Kraaipan — Oost
      'MV1096-1': 1, // Mansveltschool — West
      'MV1210-1': 1, // No Limit — Zuidoost
      'MV1447-1': 1, // Sloterdijk Stationskwartier: Huis van de Wijk — Nieuw-West
      'MV1461-1': 1, // Sluisbuurt huis van de wijk — Oost
      'MV1149-1': 1, // Tagerijn — West
      'MV1179-1': 1, // Waterlandpleinbuurt Huis van de Wijk Waterlandplein — Noord
      'MV1014-1': 1, // Wijkcentrum d` Oude Stadt — Centrum
    },
  },
  {
    q: 'goedkoop boodschappen doen',
    category: 'need',
    relevant: {
      'MV3015-1': 3, // De Ark - Sociale Kruidenier — Noord
      'MV1380-1': 1, // Buurtteam Arenapoort — Zuidoost
      'MV2986-1': 1, // Buurtteam Banne — Noord
      'MV2997-1': 1, // Buurtteam Bellamybuurt — West
      'MV3006-1': 1, // Buurtteam Bijlmer-Centrum — Zuidoost
      'MV3007-1': 1, // Buurtteam Bijlmer-Oost — Zuidoost
      'MV3004-1': 1, // Buurtteam Buitenveldert — Zuid
      'MV2998-1': 1, // Buurtteam De Baarsjes — West
      'MV3005-1': 1, // Buurtteam De Pijp — Zuid
      'MV2999-1': 1, // Buurtteam Erasmusparkbuurt — West
      'MV3008-1': 1, // Buurtteam Gaasperdam — Zuidoost
      'MV2981-1': 1, // Buurtteam Geuzenveld — Nieuw-West
      'MV2976-1': 1, // Buurtteam Haarlemmerbuurt — Centrum
      'MV2977-1': 1, // Buurtteam Jordaan — Centrum
      'MV3000-1': 1, // Buurtteam Kolenkitbuurt — West
      'MV3001-1': 1, // Buurtteam Landlust — West
      'MV2982-1': 1, // Buurtteam Meer en Vaart — Nieuw-West
      'MV2987-1': 1, // Buurtteam Molenwijk — Noord
      'MV2983-1': 1, // Buurtteam Nieuw Sloten — Nieuw-West
      'MV2978-1': 1, // Buurtteam Nieuwmarkt — Centrum
      'MV2975-1': 1, // Buurtteam Oostelijke Eilanden — Centrum
      'MV2989-1': 1, // Buurtteam Oud-oost — Oost
      'MV2979-1': 1, // Buurtteam Slotermeer — Nieuw-West
      'MV3010-1': 1, // Buurtteam Slotervaart (tijdelijk) — Nieuw-West
      'MV1462-1': 1, // Buurtteam Sluisbuurt 1 — Oost
      'MV1463-1': 1, // Buurtteam Sluisbuurt 2 — Oost
      'MV2995-1': 1, // Buurtteam Staatsliedenbuurt — West
      'MV2996-1': 1, // Buurtteam Van Lennepbuurt — West
      'MV2984-1': 1, // Buurtteam Vogelbuurt — Noord
      'MV2985-1': 1, // Buurtteam Volewijck — Noord
      'MV2990-1': 1, // Buurtteam Watergraafsmeer — Oost
      'MV2980-1': 1, // Buurtteam Wolbrandskerk — Nieuw-West
      'MV1020-1': 1, // Weggeefwinkel Bloemenbuurt — Noord
      'MV1015-1': 1, // Zelfbeheer Buurtkamer De Driehoek en weggeefwinkel — Noord
    },
  },
  {
    q: 'creatief bezig zijn',
    category: 'need',
    relevant: {
      'MV2436-2': 3, // De Reiger — West
      'MV1132-1': 3, // Studio West — Nieuw-West
      'MV2432-1': 2, // Atelier77 — Zuid
      'MV3042-1': 1, // A-lab — Noord
      'MV3041-1': 1, // Broedplaats HW10 — Nieuw-West (2 rows)
      'MV3040-1': 1, // diverse ateliers — Centrum
      'MV2955-1': 1, // WOW — West
    },
  },
  {
    q: 'vrouwen ontmoeten',
    category: 'need',
    relevant: {
      'MV1117-1': 3, // Centrum Vrouw en Vaart — Nieuw-West
      'MV1035-1': 3, // Vrouwencentrum Doenja — Nieuw-West
      'MV2919-1': 3, // Vrouwencentrum Nisa4Nisa — Nieuw-West
      'MV2379-1': 3, // Vrouwencentrum Saaam — Nieuw-West
      'MV2912-1': 2, // Meidenhuiskamer Ru Par? — Nieuw-West
      'MV2909-1': 2, // SHE Ontmoetingsruimte — Nieuw-West
      'MV3291-1': 1, // Empowermentcentrum G-buurt — Zuidoost
    },
  },
  {
    q: 'samen tuinieren',
    category: 'need',
    note: 'schooltuinen are for primary-school classes only',
    relevant: {
      'MV2903-1': 3, // Cascoland Fruittuinen — Nieuw-West
      'MV2917-1': 3, // Stadskas Tuin van Toorop — Nieuw-West
      'MV1039-1': 2, // BK Social Garden — Nieuw-West
      'MV1501-1': 1, // Aemsteltuin — Zuid
      'MV2906-1': 1, // BK De Natuurkamer — Nieuw-West
      'MV1509-1': 1, // De Roostuin — West
      'MV1503-1': 1, // F.Broekhuijsen Leeuwis — Noord
      'MV1504-1': 1, // Gaasperdamtuin — Zuidoost
      'MV1505-1': 1, // Gerrit Kalffschooltuin — Oost
      'MV1502-1': 1, // Jan P. van Blijdestijn — Nieuw-West
      'MV1507-1': 1, // Osdorptuin — Nieuw-West
      'MV1508-1': 1, // Ridderbostuin — Nieuw-West
      'MV1511-1': 1, // Tooroptuin — Nieuw-West
      'MV1512-1': 1, // Vinktuin — Oost
      'MV1513-1': 1, // Wagnertuin — Zuidoost
    },
  },
  {
    q: 'dieren kijken met de kinderen',
    category: 'need',
    relevant: {
      'MV1180-1': 3, // kinderboerderij / dierencapel — Centrum
      'MV1078-1': 3, // Kinderboerderij `t Brinkie — Zuidoost
      'MV1088-1': 3, // Kinderboerderij de Bijlmerweide — Zuidoost
      'MV1006-1': 3, // Kinderboerderij de Buiktuin — Noord
      'MV1070-1': 3, // Kinderboerderij de Gliphoeve — Zuidoost
      'MV1098-1': 3, // Kinderboerderij de Pijp — Zuid
      'MV1041-1': 3, // Kinderboerderij de Strohalm — Nieuw-West
      'MV1142-1': 3, // Kinderboerderij de Uylenburg/Rembrandpark — Nieuw-West
      'MV1118-1': 3, // Kinderboerderij de Werf — Oost
      'MV1152-1': 3, // Kinderboerderij Sloterpark — Nieuw-West
      'MV1064-1': 3, // Kinderboerderij Wachterlied — West
      'MV1134-1': 3, // Kinderboerderij Westerpark — West
      'MV1146-1': 3, // Stadsboerderij Amstelpark — Zuid
      'MV1234-1': 3, // Stadsboerderij Osdorp — Nieuw-West
      'MV1010-1': 3, // Stadsboerderij Zimmerhoeve — West
      'MV1135-1': 2, // Buurtboederij Ons Genoegen — West
      'MV1576-1': 1, // Molenwijk Buurtkamer Diereneiland — Noord
    },
  },
  {
    q: 'hulp bij formulieren',
    category: 'need',
    relevant: {
      'MV1380-1': 3, // Buurtteam Arenapoort — Zuidoost
      'MV2986-1': 3, // Buurtteam Banne — Noord
      'MV2997-1': 3, // Buurtteam Bellamybuurt — West
      'MV3006-1': 3, // Buurtteam Bijlmer-Centrum — Zuidoost
      'MV3007-1': 3, // Buurtteam Bijlmer-Oost — Zuidoost
      'MV3004-1': 3, // Buurtteam Buitenveldert — Zuid
      'MV2998-1': 3, // Buurtteam De Baarsjes — West
      'MV3005-1': 3, // Buurtteam De Pijp — Zuid
      'MV2999-1': 3, // Buurtteam Erasmusparkbuurt — West
      'MV3008-1': 3, // Buurtteam Gaasperdam — Zuidoost
      'MV2981-1': 3, // Buurtteam Geuzenveld — Nieuw-West
      'MV2976-1': 3, // Buurtteam Haarlemmerbuurt — Centrum
      'MV2977-1': 3, // Buurtteam Jordaan — Centrum
      'MV3000-1': 3, // Buurtteam Kolenkitbuurt — West
      'MV3001-1': 3, // Buurtteam Landlust — West
      'MV2982-1': 3, // Buurtteam Meer en Vaart — Nieuw-West
      'MV2987-1': 3, // Buurtteam Molenwijk — Noord
      'MV2983-1': 3, // Buurtteam Nieuw Sloten — Nieuw-West
      'MV2978-1': 3, // Buurtteam Nieuwmarkt — Centrum
      'MV2975-1': 3, // Buurtteam Oostelijke Eilanden — Centrum
      'MV2989-1': 3, // Buurtteam Oud-oost — Oost
      'MV2979-1': 3, // Buurtteam Slotermeer — Nieuw-West
      'MV3010-1': 3, // Buurtteam Slotervaart (tijdelijk) — Nieuw-West
      'MV1462-1': 3, // Buurtteam Sluisbuurt 1 — Oost
      'MV1463-1': 3, // Buurtteam Sluisbuurt 2 — Oost
      'MV2995-1': 3, // Buurtteam Staatsliedenbuurt — West
      'MV2996-1': 3, // Buurtteam Van Lennepbuurt — West
      'MV2984-1': 3, // Buurtteam Vogelbuurt — Noord
      'MV2985-1': 3, // Buurtteam Volewijck — Noord
      'MV2990-1': 3, // Buurtteam Watergraafsmeer — Oost
      'MV2980-1': 3, // Buurtteam Wolbrandskerk — Nieuw-West
      'MV1225-1': 1, // Activiteitencentrum MatchZO — Weesp
      'MV1188-1': 1, // Activiteitencentrum VONK — Oost
      'MV2948-1': 1, // Bibliotheek Weesp — Weesp
      'MV1340-1': 1, // Bonte Kraai K buurt Midden — Zuidoost
      'MV3026-1': 1, // Buurtcentrum Holendrecht — Zuidoost
      'MV1242-1': 1, // Buurtcentrum Horizon — West
      'MV1233-1': 1, // Buurthuis De Meevaart — Oost
      'MV1387-1': 1, // Buurthuis Kwakoe — Zuidoost
      'MV1005-1': 1, // De Banne — Noord
      'MV1143-1': 1, // De Boeg — West
      'MV1231-1': 1, // De Boomsspijker — Centrum
      'MV1063-1': 1, // De Eester — Oost
      'MV1011-1': 1, // De Havelaar — West
      'MV1023-1': 1, // de Klinker — West
      'MV2439-1': 1, // De Witte Boei — Centrum
      'MV1013-1': 1, // Het Brinkhuis — Oost
      'MV1060-1': 1, // Het Claverhuis — Centrum
      'MV1138-1': 1, // Het Parkhuis — Oost
      'MV1155-1': 1, // Huis van de Buurt De Koperen Knoop — West
      'MV1376-1': 1, // Huis van de Wijk Amstelkwartier 2 — Oost
      'MV1163-1': 1, // Huis van de Wijk De Evenaar — Noord
      'MV1086-1': 1, // Huis van de Wijk De Meeuw — Noord
      'MV1072-1': 1, // Huis van de Wijk Gein — Zuidoost
      'MV1127-1': 1, // Huis van de Wijk Oosterpark — Oost
      'MV1100-1': 1, // HvdW `t Blommetje — Nieuw-West
      'MV3439-1': 1, // HvdW `t Pluspunt — Nieuw-West
      'MV1009-1': 1, // HvdW Belgie — Nieuw-West
      'MV1212-1': 1, // HvdW Buitenveldert — Zuid
      'MV1053-1': 1, // HvdW De Aker — Nieuw-West
      'MV1136-1': 1, // HvdW De Buurtzaak — Nieuw-West
      'MV1227-1': 1, // HvdW De Pijp — Zuid
      'MV1222-1': 1, // HvdW Het Anker — Nieuw-West
      'MV1036-1': 1, // HvdW Honingraat Slotermeer — Nieuw-West
      'MV1219-1': 1, // HvdW Lydia — Zuid
      'MV1082-1': 1, // HvdW Olympus — Zuid
      'MV1092-1': 1, // HvdW Rivierenbuurt — Zuid
      'MV1159-1': 1, // Kraaipan — Oost
      'MV1096-1': 1, // Mansveltschool — West
      'MV1210-1': 1, // No Limit — Zuidoost
      'MV1075-1': 1, // OBA — Zuid
      'MV2941-1': 1, // OBA Banne — Noord
      'MV2961-1': 1, // OBA Bijlmerplein — Zuidoost
      'MV2954-1': 1, // OBA Bos en Lommer — West
      'MV2957-1': 1, // OBA Buitenveldert — Zuid
      'MV2936-1': 1, // OBA Casa Sofia — Nieuw-West
      'MV2958-1': 1, // OBA CC Amstel — Zuid
      'MV2952-1': 1, // OBA De Hallen — West
      'MV2962-1': 1, // OBA Ganzenhoef — Zuidoost
      'MV2937-1': 1, // OBA Geuzenveld — Nieuw-West
      'MV2945-1': 1, // OBA Ijburg — Oost
      'MV2946-1': 1, // OBA Javaplein — Oost
      'MV2947-1': 1, // OBA Linnaeus — Oost
      'MV2950-1': 1, // OBA Mercatorplein — West
      'MV2942-1': 1, // OBA Molenwijk — Noord
      'MV2960-1': 1, // OBA Olympisch Kwartier — Zuid
      'MV3058-1': 1, // OBA Oosterdok — Centrum
      'MV2938-1': 1, // OBA Osdorp — Nieuw-West
      'MV2940-1': 1, // OBA Postjesweg — Nieuw-West
      'MV2963-1': 1, // OBA Reigerbos — Zuidoost
      'MV2959-1': 1, // OBA Roelof Hartplein — Zuid
      'MV2951-1': 1, // OBA Spaardammerbuurt — West
      'MV2953-1': 1, // OBA Staatsliedenbuurt — West
      'MV2943-1': 1, // OBA Van der Pek — Noord
      'MV2944-1': 1, // OBA Waterlandplein — Noord
      'MV1447-1': 1, // Sloterdijk Stationskwartier: Huis van de Wijk — Nieuw-West
      'MV1461-1': 1, // Sluisbuurt huis van de wijk — Oost
      'MV1149-1': 1, // Tagerijn — West
      'MV1179-1': 1, // Waterlandpleinbuurt Huis van de Wijk Waterlandplein — Noord
      'MV1014-1': 1, // Wijkcentrum d` Oude Stadt — Centrum
    },
  },
  {
    q: 'boeken lenen',
    category: 'need',
    relevant: {
      'MV2948-1': 3, // Bibliotheek Weesp — Weesp
      'MV1075-1': 3, // OBA — Zuid
      'MV2941-1': 3, // OBA Banne — Noord
      'MV2961-1': 3, // OBA Bijlmerplein — Zuidoost
      'MV2954-1': 3, // OBA Bos en Lommer — West
      'MV2957-1': 3, // OBA Buitenveldert — Zuid
      'MV2936-1': 3, // OBA Casa Sofia — Nieuw-West
      'MV2958-1': 3, // OBA CC Amstel — Zuid
      'MV2952-1': 3, // OBA De Hallen — West
      'MV2962-1': 3, // OBA Ganzenhoef — Zuidoost
      'MV2937-1': 3, // OBA Geuzenveld — Nieuw-West
      'MV2945-1': 3, // OBA Ijburg — Oost
      'MV2946-1': 3, // OBA Javaplein — Oost
      'MV2947-1': 3, // OBA Linnaeus — Oost
      'MV2950-1': 3, // OBA Mercatorplein — West
      'MV2942-1': 3, // OBA Molenwijk — Noord
      'MV2960-1': 3, // OBA Olympisch Kwartier — Zuid
      'MV3058-1': 3, // OBA Oosterdok — Centrum
      'MV2938-1': 3, // OBA Osdorp — Nieuw-West
      'MV2940-1': 3, // OBA Postjesweg — Nieuw-West
      'MV2963-1': 3, // OBA Reigerbos — Zuidoost
      'MV2959-1': 3, // OBA Roelof Hartplein — Zuid
      'MV2951-1': 3, // OBA Spaardammerbuurt — West
      'MV2953-1': 3, // OBA Staatsliedenbuurt — West
      'MV2943-1': 3, // OBA Van der Pek — Noord
      'MV2944-1': 3, // OBA Waterlandplein — Noord
    },
  },
  {
    q: 'Osdorpplein',
    category: 'place',
    relevant: {
      'MV2938-1': 3, // OBA Osdorp — Nieuw-West
      'MV1132-1': 3, // Studio West — Nieuw-West
    },
  },
  {
    q: 'Elandsgracht',
    category: 'place',
    relevant: {
      'MV2976-1': 3, // Buurtteam Haarlemmerbuurt — Centrum
      'MV2977-1': 3, // Buurtteam Jordaan — Centrum
      'MV1060-1': 3, // Het Claverhuis — Centrum
    },
  },
  {
    q: 'Karspeldreef',
    category: 'place',
    relevant: {
      'MV3436-1': 3, // Bijlmer Sportcentrum — Zuidoost (3 rows)
      'MV3421-1': 3, // Bijlmer Sportpark — Zuidoost
      'MV3007-1': 3, // Buurtteam Bijlmer-Oost — Zuidoost
      'MV3108-1': 3, // Sportpark Bijlmer-hockeyveld — Zuidoost
    },
  },
  {
    q: 'Roelof Hartplein',
    category: 'place',
    relevant: {
      'MV1219-1': 3, // HvdW Lydia — Zuid
      'MV1075-1': 3, // OBA — Zuid
      'MV2959-1': 3, // OBA Roelof Hartplein — Zuid
    },
  },
  {
    q: 'Pampuslaan',
    category: 'place',
    relevant: {
      'MV2381-1': 3, // Buurtrestaurant Ijburgcollege — Oost
      'MV2382-1': 3, // Factor IJ — Oost
      'MV2361-1': 3, // Sporthal IJburg — Oost
    },
  },
  {
    q: 'Bijlmerplein',
    category: 'place',
    relevant: {
      'MV2961-1': 3, // OBA Bijlmerplein — Zuidoost
    },
  },
  {
    q: 'Jordaan',
    category: 'place',
    relevant: {
      'MV2977-1': 3, // Buurtteam Jordaan — Centrum
      'MV2976-1': 2, // Buurtteam Haarlemmerbuurt — Centrum
      'MV1147-1': 2, // Gebouw De Noorderspeeltuin — Centrum
      'MV1060-1': 2, // Het Claverhuis — Centrum
      'MV1061-1': 2, // Ons Genoegen — Centrum
      'MV1148-1': 2, // SOOJ ouderenontmoetingscentrum — Centrum
    },
  },
  {
    q: 'IJburg',
    category: 'place',
    relevant: {
      'MV1076-1': 3, // Buurtkamer Ijburg — Oost
      'MV2381-1': 3, // Buurtrestaurant Ijburgcollege — Oost
      'MV2945-1': 3, // OBA Ijburg — Oost
      'MV2361-1': 3, // Sporthal IJburg — Oost
      'MV2487-1': 3, // Sportpark IJburg — Oost
      'MV2363-1': 3, // Tennisschuur Ijburg — Oost
      'MV1466-1': 2, // Buurtkamer De Steigerplek — Oost
      'MV2382-1': 2, // Factor IJ — Oost
      'MV1342-1': 2, // Jongerencentrum IJtopia Centrumeiland — Oost
      'MV1659-1': 2, // Set — Oost
      'MV2276-2': 2, // Sporthal CVT — Oost
      'MV1077-1': 2, // Youth Side — Oost
    },
  },
  {
    q: 'De Pijp',
    category: 'place',
    relevant: {
      'MV3005-1': 3, // Buurtteam De Pijp — Zuid
      'MV1227-1': 3, // HvdW De Pijp — Zuid
      'MV1098-1': 3, // Kinderboerderij de Pijp — Zuid
      'MV1215-1': 3, // OKT De Pijp Rivierenbuurt — Zuid
      'MV2370-1': 3, // Sportcentrum De Pijp — Zuid
      'MV2970-1': 2, // Boksschool VBSK Albert Cuyp — Zuid
      'MV1032-1': 2, // Buurtgebouw Henrick de Keijser — Zuid
      'MV1056-1': 2, // Buurthuis Plan C — Zuid
      'MV1097-1': 2, // d`Oude Raai — Zuid
      'MV1102-1': 2, // de Buurman — Zuid
      'MV1057-1': 2, // Edelsteen — Zuid
      'MV1195-1': 2, // Henrick de Keijser H47 — Zuid
      'MV2958-1': 2, // OBA CC Amstel — Zuid
      'MV1690-1': 2, // Quellijn — Zuid
    },
  },
  {
    q: 'Bos en Lommer',
    category: 'place',
    relevant: {
      'MV1388-1': 3, // Bos en Lommer Gibraltarstraat buurtkamer — West
      'MV2999-1': 3, // Buurtteam Erasmusparkbuurt — West
      'MV3000-1': 3, // Buurtteam Kolenkitbuurt — West
      'MV2954-1': 3, // OBA Bos en Lommer — West
      'MV1065-1': 3, // OKT Bos en Lommer — West
      'MV2386-1': 2, // Buurtkamer Gulden Winckel (bestaand) — West
      'MV3001-1': 2, // Buurtteam Landlust — West
      'MV1143-1': 2, // De Boeg — West
      'MV1064-1': 2, // Kinderboerderij Wachterlied — West
      'MV1096-1': 2, // Mansveltschool — West
      'MV1024-1': 2, // Speeltuingebouw de Boom — West
      'MV1073-1': 2, // Speeltuingebouw Nieuw Gibraltar — West
      'MV1095-1': 2, // t Landhuis — West
      'MV1209-1': 2, // Wachterliedpaviljoen — West
    },
  },
  {
    q: 'Indische buurt',
    category: 'place',
    note: 'no place carries the name; everything located in the Indische Buurt is a good answer',
    relevant: {
      'MV1188-1': 2, // Activiteitencentrum VONK — Oost
      'MV1122-1': 2, // Archipel — Oost
      'MV1187-1': 2, // Batavia — Oost
      'MV1233-1': 2, // Buurthuis De Meevaart — Oost
      'MV1658-1': 2, // Cybersoek — Oost
      'MV1123-1': 2, // Jav`Art — Oost
      'MV1068-1': 2, // Jeugdland — Oost
      'MV1632-1': 2, // Kramatsalon — Oost
      'MV1232-1': 2, // Nowhere — Oost
      'MV2946-1': 2, // OBA Javaplein — Oost
      'MV3598-1': 2, // speeltuinhuisje Sumatraplantsoen — Oost
      'MV2355-1': 2, // Tennishal TV Tie-Breakers — Oost
      'MV2968-1': 1, // Flevoparkbad — Oost (2 rows)
    },
  },
  {
    q: 'Watergraafsmeer',
    category: 'place',
    relevant: {
      'MV2990-1': 3, // Buurtteam Watergraafsmeer — Oost
      'MV2375-1': 2, // buurtkamer Robert Kochplantsoen — Oost
      'MV1505-1': 2, // Gerrit Kalffschooltuin — Oost
      'MV1013-1': 2, // Het Brinkhuis — Oost
      'MV1138-1': 2, // Het Parkhuis — Oost
      'MV1656-1': 2, // Hofkerk — Oost
      'MV2513-1': 2, // Jaap Edenhal — Oost
      'MV1246-1': 2, // Jeruzalem — Oost
      'MV1118-1': 2, // Kinderboerderij de Werf — Oost
      'MV1207-1': 2, // Speeltuingebouw Frankendeal / amsteldorp — Oost
      'MV1230-1': 2, // Speeltuingebouwhuisje mariotteplein — Oost
      'MV1012-1': 2, // Speeltuingebouwhuisje onderlangs — Oost
      'MV2166-1': 2, // Sportpark Drieburg — Oost (5 rows)
      'MV2481-1': 2, // Sportpark Middenmeer — Oost (10 rows)
      'MV1054-1': 2, // t Hoeckhuys — Oost
      'MV1512-1': 2, // Vinktuin — Oost
    },
  },
  {
    q: 'bibliotheek noord',
    category: 'stadsdeel',
    relevant: {
      'MV2941-1': 3, // OBA Banne — Noord
      'MV2942-1': 3, // OBA Molenwijk — Noord
      'MV2943-1': 3, // OBA Van der Pek — Noord
      'MV2944-1': 3, // OBA Waterlandplein — Noord
      'MV2948-1': 1, // Bibliotheek Weesp — Weesp
      'MV1075-1': 1, // OBA — Zuid
      'MV2961-1': 1, // OBA Bijlmerplein — Zuidoost
      'MV2954-1': 1, // OBA Bos en Lommer — West
      'MV2957-1': 1, // OBA Buitenveldert — Zuid
      'MV2936-1': 1, // OBA Casa Sofia — Nieuw-West
      'MV2958-1': 1, // OBA CC Amstel — Zuid
      'MV2952-1': 1, // OBA De Hallen — West
      'MV2962-1': 1, // OBA Ganzenhoef — Zuidoost
      'MV2937-1': 1, // OBA Geuzenveld — Nieuw-West
      'MV2945-1': 1, // OBA Ijburg — Oost
      'MV2946-1': 1, // OBA Javaplein — Oost
      'MV2947-1': 1, // OBA Linnaeus — Oost
      'MV2950-1': 1, // OBA Mercatorplein — West
      'MV2960-1': 1, // OBA Olympisch Kwartier — Zuid
      'MV3058-1': 1, // OBA Oosterdok — Centrum
      'MV2938-1': 1, // OBA Osdorp — Nieuw-West
      'MV2940-1': 1, // OBA Postjesweg — Nieuw-West
      'MV2963-1': 1, // OBA Reigerbos — Zuidoost
      'MV2959-1': 1, // OBA Roelof Hartplein — Zuid
      'MV2951-1': 1, // OBA Spaardammerbuurt — West
      'MV2953-1': 1, // OBA Staatsliedenbuurt — West
    },
  },
  {
    q: 'buurtkamer nieuw-west',
    category: 'stadsdeel',
    relevant: {
      'MV3039-1': 3, // BK Buurtkracht — Nieuw-West
      'MV1151-1': 3, // BK De Cactus — Nieuw-West
      'MV1150-1': 3, // BK De Dichter — Nieuw-West
      'MV1033-1': 3, // BK De Dobbekamer — Nieuw-West
      'MV1587-1': 3, // BK De Drie Boertjes — Nieuw-West
      'MV2906-1': 3, // BK De Natuurkamer — Nieuw-West
      'MV3019-1': 3, // BK De Waterlelie — Nieuw-West
      'MV1208-1': 3, // BK Fiep — Nieuw-West
      'MV3478-1': 3, // BK Geuzennest — Nieuw-West
      'MV3018-1': 3, // BK Het Dorpshuis Sloten — Nieuw-West
      'MV1406-1': 3, // BK Het Eilandje — Nieuw-West
      'MV2922-1': 3, // BK Het Reimertje — Nieuw-West
      'MV2374-1': 3, // BK Jacomenius — Nieuw-West
      'MV2908-1': 3, // BK Lieven — Nieuw-West
      'MV1445-1': 3, // BK LYCKA — Nieuw-West
      'MV1038-1': 3, // BK NIVON / ESAN Het Honk — Nieuw-West
      'MV1101-1': 3, // BK Perron 32 — Nieuw-West
      'MV3586-1': 3, // BK Piet Wiedijk — Nieuw-West
      'MV2430-1': 3, // BK Sierplein — Nieuw-West
      'MV1039-1': 3, // BK Social Garden — Nieuw-West
      'MV1154-1': 3, // BK Staalmanpark — Nieuw-West
      'MV1198-1': 3, // BK Stichting De Brug — Nieuw-West
      'MV1117-1': 3, // Centrum Vrouw en Vaart — Nieuw-West
      'MV1131-2': 3, // Station Wildeman — Nieuw-West
      'MV1035-1': 3, // Vrouwencentrum Doenja — Nieuw-West
      'MV2919-1': 3, // Vrouwencentrum Nisa4Nisa — Nieuw-West
      'MV2379-1': 3, // Vrouwencentrum Saaam — Nieuw-West
      'MV2916-1': 2, // Buurthuis Vooruit — Nieuw-West
      'MV2913-1': 2, // Buurtwerkplaats Noorderhof — Nieuw-West
      'MV2923-1': 2, // De Huiskamer — Nieuw-West
      'MV3587-1': 2, // ontmoetingsruimte De Lente — Nieuw-West
      'MV2904-1': 2, // Ontmoetingsruimte De Pleinkamer — Nieuw-West
      'MV2905-1': 2, // Ontmoetingsruimte Het Paleis — Nieuw-West
      'MV2925-1': 2, // Ontmoetingsruimte Leo Polak huis — Nieuw-West
      'MV2909-1': 2, // SHE Ontmoetingsruimte — Nieuw-West
      'MV1122-1': 1, // Archipel — Oost
      'MV1572-1': 1, // Banne Noord Buurtkamer De Zeeslag — Noord
      'MV1187-1': 1, // Batavia — Oost
      'MV1083-1': 1, // Bij Bosshardt inloop / activiteiten Hilversumstraat — Noord
      'MV1080-1': 1, // Bij Bosshardt inloop/ activiteiten Loenermark — Noord
      'MV1244-1': 1, // BIKO — Oost
      'MV1388-1': 1, // Bos en Lommer Gibraltarstraat buurtkamer — West
      'MV1008-1': 1, // Brahmshof — Zuid
      'MV3011-1': 1, // Buuf en Buur — Noord
      'MV1173-1': 1, // Buurtcentrum `t Spinnewiel Venserpolder — Zuidoost
      'MV1191-1': 1, // Buurtcentrum De Rietwijker — Noord
      'MV1032-1': 1, // Buurtgebouw Henrick de Keijser — Zuid
      'MV1056-1': 1, // Buurthuis Plan C — Zuid
      'MV2898-1': 1, // Buurthuiskamer Bij Bosshardt OZ Achterburgwal — Centrum
      'MV3088-1': 1, // Buurthuiskamer Bij Bosshardt OZ Voorburgwal — Centrum
      'MV1457-1': 1, // Buurtkamer 1 Sluisbuurt — Oost
      'MV2930-1': 1, // Buurtkamer Aetsveld — Weesp
      'MV1019-1': 1, // Buurtkamer Bloemenbuurt / Heliotroop — Noord
      'MV1140-1': 1, // Buurtkamer Corantijn — West
      'MV1047-1': 1, // Buurtkamer Costa & Co — West
      'MV1692-1': 1, // Buurtkamer Dapperbuurt — Oost
      'MV2385-1': 1, // Buurtkamer de Bijenkorf — West
      'MV1079-1': 1, // Buurtkamer De Die — Noord
      'MV1220-1': 1, // Buurtkamer de Handreiking — Zuidoost
      'MV2931-1': 1, // Buurtkamer de Kastanje — Weesp
      'MV3029-1': 1, // Buurtkamer De Moddermolen — Centrum
      'MV2436-1': 1, // Buurtkamer de nieuwe Reiger — West
      'MV1254-1': 1, // Buurtkamer De Parel — Noord
      'MV1466-1': 1, // Buurtkamer De Steigerplek — Oost
      'MV2386-1': 1, // Buurtkamer Gulden Winckel (bestaand) — West
      'MV1176-1': 1, // Buurtkamer Havikslaan — Noord
      'MV1076-1': 1, // Buurtkamer Ijburg — Oost
      'MV1615-1': 1, // Buurtkamer jongeren (Borgerbuurt) — West
      'MV3028-1': 1, // Buurtkamer Kattenburg — Centrum
      'MV1322-1': 1, // Buurtkamer Mercatorpark — West
      'MV1249-1': 1, // Buurtkamer Multibron — Zuidoost
      'MV1252-1': 1, // Buurtkamer ons Koekoeksnest — Noord
      'MV1431-1': 1, // Buurtkamer Oostenburg Noord — Centrum
      'MV1186-1': 1, // Buurtkamer Parlarie — West
      'MV3588-1': 1, // Buurtkamer Rivierenhuis — Zuid
      'MV2375-1': 1, // buurtkamer Robert Kochplantsoen — Oost
      'MV1120-1': 1, // Buurtkamer Stellingweg — Noord
      'MV3033-1': 1, // Buurtkamer UJ Klaren (bestaand) — Centrum
      'MV3036-1': 1, // Buurtkamer Weespersluis — Weesp
      'MV1239-1': 1, // Buurtkamer Zeeburgereiland — Oost
      'MV1256-1': 1, // Buurtsalon Jeltje — West
      'MV1141-1': 1, // Casa Jepie Makandra — Zuidoost
      'MV1090-1': 1, // centrum SIMUD — Zuidoost
      'MV1097-1': 1, // d`Oude Raai — Zuid
      'MV1240-1': 1, // De Baarshaven — Zuid
      'MV3016-1': 1, // De Blauwe Huiskamer — Noord
      'MV1102-1': 1, // de Buurman — Zuid
      'MV1218-1': 1, // De Coenen — Zuid
      'MV1397-1': 1, // de Ernst — Zuid
      'MV1049-1': 1, // De Gooyer — Oost
      'MV1048-1': 1, // De Kat — Oost
      'MV3027-1': 1, // De Tweede uitleg (bestaand) — Centrum
      'MV1217-1': 1, // Dorpshuis Holysloot — Noord
      'MV3252-1': 1, // Dufay — Zuid
      'MV1192-1': 1, // Eduard Douwes Dekkerhuis — Noord
      'MV3291-1': 1, // Empowermentcentrum G-buurt — Zuidoost
      'MV1018-1': 1, // Florahofje — Noord
      'MV1247-1': 1, // Gebouw Hagendoornweg — Noord
      'MV2377-1': 1, // Grand-Caf? Genieten — Oost
      'MV3023-1': 1, // Het leefkringhuis / Armen Ineen — Noord
      'MV2932-1': 1, // Het Lichthuis — Weesp
      'MV1190-1': 1, // Hoofdkwartier — Zuid
      'MV1253-1': 1, // Huis van de buurt de Kimme — Noord
      'MV1028-1': 1, // Huis van de buurt Het Schouw — Noord
      'MV1100-1': 1, // HvdW `t Blommetje — Nieuw-West
      'MV3439-1': 1, // HvdW `t Pluspunt — Nieuw-West
      'MV1009-1': 1, // HvdW Belgie — Nieuw-West
      'MV1053-1': 1, // HvdW De Aker — Nieuw-West
      'MV1136-1': 1, // HvdW De Buurtzaak — Nieuw-West
      'MV1222-1': 1, // HvdW Het Anker — Nieuw-West
      'MV1036-1': 1, // HvdW Honingraat Slotermeer — Nieuw-West
      'MV3024-1': 1, // Inloop buurtkamer Sociaal Maatsch. Werk — Noord
      'MV1045-1': 1, // Inloophuis Czaar 51 — Centrum
      'MV1246-1': 1, // Jeruzalem — Oost
      'MV1026-1': 1, // Korthagenhuis — Noord
      'MV1632-1': 1, // Kramatsalon — Oost
      'MV1251-1': 1, // Leefkringhuis — Noord
      'MV1030-1': 1, // Meergeneratiegebouw Goudestein — Zuid
      'MV1031-1': 1, // Menno Simonshuis — Zuid
      'MV1027-1': 1, // Modestraat ontmoeting — Noord
      'MV1576-1': 1, // Molenwijk Buurtkamer Diereneiland — Noord
      'MV1119-1': 1, // Molenwijk Buurtkamer Molenwijkkamer — Noord
      'MV2383-1': 1, // Muticultureel centrum Ala kondre — Zuidoost
      'MV2384-1': 1, // Nieuw Vredenburgh — West
      'MV1125-1': 1, // Olympisch kwartier — Zuid
      'MV3030-1': 1, // Ontspanning Achtergracht Zuid — Weesp
      'MV1433-1': 1, // Oud-Oost post Oost buurtkamer — Oost
      'MV1690-1': 1, // Quellijn — Zuid
      'MV1221-1': 1, // Rijn58 — Zuid
      'MV1659-1': 1, // Set — Oost
      'MV1450-1': 1, // Sloterdijk Contactbuurt: buurtkamer 2 — West
      'MV1447-1': 1, // Sloterdijk Stationskwartier: Huis van de Wijk — Nieuw-West
      'MV1148-1': 1, // SOOJ ouderenontmoetingscentrum — Centrum
      'MV1177-1': 1, // SOOP ouderenontmoetingscentrum — Centrum
      'MV1128-1': 1, // Stichting de Oase Buurthuiskamer Oosterparkbuurt — Oost
      'MV1174-1': 1, // t Boeit / boeninhuis — Zuidoost
      'MV1054-1': 1, // t Hoeckhuys — Oost
      'MV3290-1': 1, // Tori Oso — Zuidoost
      'MV3409-1': 1, // Twiske-West Buurtkamer Zuideinde 369 (renovatie) — Noord
      'MV1165-1': 1, // Twiskehuis — Noord
      'MV3057-1': 1, // Volewijck Buurtkamer Tolhuis 7a (renovatie) — Noord
      'MV1209-1': 1, // Wachterliedpaviljoen — West
      'MV1171-1': 1, // Welkom — Zuid
      'MV2935-1': 1, // Wijkcentrum Wintertuin — Weesp
      'MV1007-1': 1, // Wijkkamer De Klipper — Noord
      'MV1139-1': 1, // Zelfbeheer BK Plan van Gool Het Breedhuis — Noord
      'MV1022-1': 1, // Zelfbeheer Buurtkamer Antoniushuis — Noord
      'MV2928-1': 1, // Zelfbeheer Buurtkamer De Bol en woonwerkco?p. — Noord
      'MV1015-1': 1, // Zelfbeheer Buurtkamer De Driehoek en weggeefwinkel — Noord
      'MV2929-1': 1, // Zelfbeheer Buurtkamer de Kleine Wereld — Noord
      'MV1236-1': 1, // Zelfbeheer Buurtkamer Dorpshuis De Beke — Noord
      'MV1016-1': 1, // Zelfbeheer Buurtkamer Het Anker — Noord
      'MV2927-1': 1, // Zelfbeheer buurtkamer Het Baken — Noord
      'MV1223-1': 1, // Zelfbeheer Buurtkamer Kadoelen — Noord
      'MV1169-1': 1, // Zelfbeheer Buurtkamer Van der Pek — Noord
    },
  },
  {
    q: 'zwembad zuidoost',
    category: 'stadsdeel',
    note: 'no row in Zuidoost is filed as Zwembad; Bijlmersportcentrum (Anton de Komplein 157) holds the Zuidoost pool but is filed as Overig SenS: 2, like Het Marnix; its sporthal and "Bijlmer Sportcentrum" at Karspeldreef 501 are 1, pools elsewhere 1',
    relevant: {
      'MV3083-1': 2, // Bijlmersportcentrum — Zuidoost
      'MV3436-1': 1, // Bijlmer Sportcentrum — Zuidoost (3 rows)
      'MV2971-1': 1, // Bijlmer Sporthal — Zuidoost
      'MV3048-1': 1, // Brediusbad — West (3 rows)
      'MV3082-1': 1, // De Mirandabad — Zuid (4 rows)
      'MV2968-1': 1, // Flevoparkbad — Oost (2 rows)
      'MV3067-2': 1, // Het Marnixbad — Centrum (2 rows)
      'MV3071-1': 1, // Noorderparkbad — Noord (6 rows)
      'MV3068-1': 1, // Sloterparkbad — Nieuw-West (5 rows)
      'MV3075-1': 1, // Sportfondsenbad Oost — Oost (3 rows)
      'MV3077-2': 1, // Sportplaza Mercator — West (3 rows)
      'MV3076-1': 1, // Victoriabad — Weesp
      'MV3081-1': 1, // Zuiderbad — Zuid (2 rows)
    },
  },
  {
    q: 'speeltuin west',
    category: 'stadsdeel',
    relevant: {
      'MV1046-1': 3, // Bilderdijkpark — West
      'MV1066-1': 3, // De Toverbal 1 — West
      'MV1241-1': 3, // De Toverbal 2 — West
      'MV1185-1': 3, // De ZuidersSpeeltuingebouw — West
      'MV1133-1': 3, // NatuurSpeeltuingebouw het woeste westen — West
      'MV1203-1': 3, // Speeltuingebouw Cremerplein — West
      'MV1024-1': 3, // Speeltuingebouw de Boom — West
      'MV1200-1': 3, // Speeltuingebouw Jacob Maris — West
      'MV1229-1': 3, // Speeltuingebouw Mercator — West
      'MV3170-2': 3, // Speeltuingebouw Mercatorpark — West
      'MV1073-1': 3, // Speeltuingebouw Nieuw Gibraltar — West
      'MV1153-1': 3, // Speeltuingebouw Spaarndammerkwartier — West
      'MV1099-1': 3, // Speeltuingebouw Westerkwartier / het paviljoen — West
      'MV1094-1': 1, // BSVAZ — Zuid
      'MV1147-1': 1, // Gebouw De Noorderspeeltuin — Centrum
      'MV1195-1': 1, // Henrick de Keijser H47 — Zuid
      'MV1061-1': 1, // Ons Genoegen — Centrum
      'MV1216-1': 1, // OosterSpeeltuingebouw — Centrum
      'MV1175-1': 1, // Speeltuin De Speelvogel — Noord
      'MV3031-1': 1, // Speeltuin Disneyland — Weesp
      'MV1194-1': 1, // Speeltuin Het Bloemenkwartier — Noord
      'MV1168-1': 1, // Speeltuin Volewijck — Noord
      'MV1074-1': 1, // Speeltuingebouw De Piramide — Centrum
      'MV1226-1': 1, // Speeltuingebouw de Waag — Centrum
      'MV1207-1': 1, // Speeltuingebouw Frankendeal / amsteldorp — Oost
      'MV1055-1': 1, // Speeltuingebouw UJ Klaren — Centrum
      'MV1103-1': 1, // Speeltuingebouw Wittenburg — Centrum
      'MV1158-1': 1, // Speeltuingebouwhuisje Jouberstraat / transvaal — Oost
      'MV1230-1': 1, // Speeltuingebouwhuisje mariotteplein — Oost
      'MV1012-1': 1, // Speeltuingebouwhuisje onderlangs — Oost
      'MV1243-1': 1, // Speeltuingebouwhuisje Steve Biko — Oost
      'MV3598-1': 1, // speeltuinhuisje Sumatraplantsoen — Oost
      'MV1224-1': 1, // Speeltuinvereniging Twiske — Noord
      'MV1160-1': 1, // Zelfbeheer buurtkamer en speeltuinvereniging Nieuwendam — Noord
      'MV1164-1': 1, // Zelfbeheer Buurtkamer St. Het Middelpunt en speeltuingeb — Noord
    },
  },
  {
    q: 'jongerencentrum weesp',
    category: 'stadsdeel',
    note: 'the one in Weesp is called "Trainspotting"',
    relevant: {
      'MV2933-1': 3, // Trainspotting — Weesp
      'MV1422-2': 1, // `t Schaffie — West
      'MV1172-1': 1, // Argo — Zuid
      'MV1383-1': 1, // Banne Noord Kofschip Jongerencentrum — Noord
      'MV1062-1': 1, // Buikslotermeer Station Nrd — Noord
      'MV1205-1': 1, // Club Junior Dapper — Oost
      'MV1202-1': 1, // Cremerplein / Cremerzz — West
      'MV1091-1': 1, // De Rijn — Zuid
      'MV1043-1': 1, // De Zuidpool — West
      'MV1057-1': 1, // Edelsteen — Zuid
      'MV1085-1': 1, // IJplein/Vogelbuurt Jongerencentrum De Valk — Noord
      'MV1126-1': 1, // JACO — Oost
      'MV1123-1': 1, // Jav`Art — Oost
      'MV1137-1': 1, // JC Da Vinci — Nieuw-West
      'MV3456-1': 1, // JC de Hood — Nieuw-West
      'MV2378-1': 1, // JC De Leeuw — Nieuw-West
      'MV1197-1': 1, // JC De Spot — Nieuw-West
      'MV1087-1': 1, // JC de Tickel — Nieuw-West
      'MV1131-1': 1, // JC Home Base (Station Wildeman) — Nieuw-West
      'MV2920-1': 1, // JC Hoogheemraadweg — Nieuw-West
      'MV1121-1': 1, // JC The Matrixx — Nieuw-West
      'MV3417-1': 1, // JC The Village tijdelijkheid (Aikibudo) — Nieuw-West
      'MV3416-1': 1, // JC The Wave — Noord
      'MV3013-1': 1, // JC Trefpunt — Nieuw-West
      'MV3479-1': 1, // Jongerencentrum Anansi def Venserpolder — Zuidoost
      'MV3595-1': 1, // Jongerencentrum Baggerbeest — Oost
      'MV1342-1': 1, // Jongerencentrum IJtopia Centrumeiland — Oost
      'MV3596-1': 1, // Jongerencentrum KIT — Oost
      'MV1181-1': 1, // Jongerencentrum Reel — Centrum
      'MV1184-1': 1, // Jongerencentrum Wittenburg Oostelijke Eilanden — Centrum
      'MV3418-1': 1, // Jongerencentrum Youngin — Zuidoost
      'MV2912-1': 1, // Meidenhuiskamer Ru Par? — Nieuw-West
      'MV1232-1': 1, // Nowhere — Oost
      'MV1095-1': 1, // t Landhuis — West
      'MV3037-1': 1, // tijdelijk jongerencentrum K buurt — Zuidoost
      'MV1157-1': 1, // Tugelahuis — Oost
      'MV1156-1': 1, // Tuindorp Oostzaan Jongerencentrum Satirius — Noord
      'MV1183-1': 1, // Van Beuningenplein — West
      'MV1420-1': 1, // Volewijck Jongerencentrum De Klusfabriek (oud) — Noord
      'MV1182-1': 1, // Volta — West
      'MV1206-1': 1, // VTC the Mall — West
      'MV1077-1': 1, // Youth Side — Oost
    },
  },
  {
    q: 'Huis van de Wijk Oost',
    category: 'stadsdeel',
    note: 'no listing has this name: it asks for the Huizen van de Wijk in stadsdeel Oost',
    relevant: {
      'MV1188-1': 3, // Activiteitencentrum VONK — Oost
      'MV1233-1': 3, // Buurthuis De Meevaart — Oost
      'MV1063-1': 3, // De Eester — Oost
      'MV1013-1': 3, // Het Brinkhuis — Oost
      'MV1138-1': 3, // Het Parkhuis — Oost
      'MV1376-1': 3, // Huis van de Wijk Amstelkwartier 2 — Oost
      'MV1127-1': 3, // Huis van de Wijk Oosterpark — Oost
      'MV1159-1': 3, // Kraaipan — Oost
      'MV1461-1': 3, // Sluisbuurt huis van de wijk — Oost
      'MV1128-1': 2, // Stichting de Oase Buurthuiskamer Oosterparkbuurt — Oost
      'MV1225-1': 1, // Activiteitencentrum MatchZO — Weesp
      'MV1122-1': 1, // Archipel — Oost
      'MV1187-1': 1, // Batavia — Oost
      'MV1244-1': 1, // BIKO — Oost
      'MV1340-1': 1, // Bonte Kraai K buurt Midden — Zuidoost
      'MV3026-1': 1, // Buurtcentrum Holendrecht — Zuidoost
      'MV1242-1': 1, // Buurtcentrum Horizon — West
      'MV1387-1': 1, // Buurthuis Kwakoe — Zuidoost
      'MV1457-1': 1, // Buurtkamer 1 Sluisbuurt — Oost
      'MV1692-1': 1, // Buurtkamer Dapperbuurt — Oost
      'MV1466-1': 1, // Buurtkamer De Steigerplek — Oost
      'MV1076-1': 1, // Buurtkamer Ijburg — Oost
      'MV2375-1': 1, // buurtkamer Robert Kochplantsoen — Oost
      'MV1239-1': 1, // Buurtkamer Zeeburgereiland — Oost
      'MV1005-1': 1, // De Banne — Noord
      'MV1143-1': 1, // De Boeg — West
      'MV1231-1': 1, // De Boomsspijker — Centrum
      'MV1049-1': 1, // De Gooyer — Oost
      'MV1011-1': 1, // De Havelaar — West
      'MV1048-1': 1, // De Kat — Oost
      'MV1023-1': 1, // de Klinker — West
      'MV2439-1': 1, // De Witte Boei — Centrum
      'MV2377-1': 1, // Grand-Caf? Genieten — Oost
      'MV1060-1': 1, // Het Claverhuis — Centrum
      'MV1155-1': 1, // Huis van de Buurt De Koperen Knoop — West
      'MV1163-1': 1, // Huis van de Wijk De Evenaar — Noord
      'MV1086-1': 1, // Huis van de Wijk De Meeuw — Noord
      'MV1072-1': 1, // Huis van de Wijk Gein — Zuidoost
      'MV1100-1': 1, // HvdW `t Blommetje — Nieuw-West
      'MV3439-1': 1, // HvdW `t Pluspunt — Nieuw-West
      'MV1009-1': 1, // HvdW Belgie — Nieuw-West
      'MV1212-1': 1, // HvdW Buitenveldert — Zuid
      'MV1053-1': 1, // HvdW De Aker — Nieuw-West
      'MV1136-1': 1, // HvdW De Buurtzaak — Nieuw-West
      'MV1227-1': 1, // HvdW De Pijp — Zuid
      'MV1222-1': 1, // HvdW Het Anker — Nieuw-West
      'MV1036-1': 1, // HvdW Honingraat Slotermeer — Nieuw-West
      'MV1219-1': 1, // HvdW Lydia — Zuid
      'MV1082-1': 1, // HvdW Olympus — Zuid
      'MV1092-1': 1, // HvdW Rivierenbuurt — Zuid
      'MV1246-1': 1, // Jeruzalem — Oost
      'MV1632-1': 1, // Kramatsalon — Oost
      'MV1096-1': 1, // Mansveltschool — West
      'MV1210-1': 1, // No Limit — Zuidoost
      'MV1433-1': 1, // Oud-Oost post Oost buurtkamer — Oost
      'MV1659-1': 1, // Set — Oost
      'MV1447-1': 1, // Sloterdijk Stationskwartier: Huis van de Wijk — Nieuw-West
      'MV1054-1': 1, // t Hoeckhuys — Oost
      'MV1149-1': 1, // Tagerijn — West
      'MV1179-1': 1, // Waterlandpleinbuurt Huis van de Wijk Waterlandplein — Noord
      'MV1014-1': 1, // Wijkcentrum d` Oude Stadt — Centrum
    },
  },
  {
    q: 'buurtteam zuid',
    category: 'stadsdeel',
    relevant: {
      'MV3004-1': 3, // Buurtteam Buitenveldert — Zuid
      'MV3005-1': 3, // Buurtteam De Pijp — Zuid
      'MV1380-1': 1, // Buurtteam Arenapoort — Zuidoost
      'MV2986-1': 1, // Buurtteam Banne — Noord
      'MV2997-1': 1, // Buurtteam Bellamybuurt — West
      'MV3006-1': 1, // Buurtteam Bijlmer-Centrum — Zuidoost
      'MV3007-1': 1, // Buurtteam Bijlmer-Oost — Zuidoost
      'MV2998-1': 1, // Buurtteam De Baarsjes — West
      'MV2999-1': 1, // Buurtteam Erasmusparkbuurt — West
      'MV3008-1': 1, // Buurtteam Gaasperdam — Zuidoost
      'MV2981-1': 1, // Buurtteam Geuzenveld — Nieuw-West
      'MV2976-1': 1, // Buurtteam Haarlemmerbuurt — Centrum
      'MV2977-1': 1, // Buurtteam Jordaan — Centrum
      'MV3000-1': 1, // Buurtteam Kolenkitbuurt — West
      'MV3001-1': 1, // Buurtteam Landlust — West
      'MV2982-1': 1, // Buurtteam Meer en Vaart — Nieuw-West
      'MV2987-1': 1, // Buurtteam Molenwijk — Noord
      'MV2983-1': 1, // Buurtteam Nieuw Sloten — Nieuw-West
      'MV2978-1': 1, // Buurtteam Nieuwmarkt — Centrum
      'MV2975-1': 1, // Buurtteam Oostelijke Eilanden — Centrum
      'MV2989-1': 1, // Buurtteam Oud-oost — Oost
      'MV2979-1': 1, // Buurtteam Slotermeer — Nieuw-West
      'MV3010-1': 1, // Buurtteam Slotervaart (tijdelijk) — Nieuw-West
      'MV1462-1': 1, // Buurtteam Sluisbuurt 1 — Oost
      'MV1463-1': 1, // Buurtteam Sluisbuurt 2 — Oost
      'MV2995-1': 1, // Buurtteam Staatsliedenbuurt — West
      'MV2996-1': 1, // Buurtteam Van Lennepbuurt — West
      'MV2984-1': 1, // Buurtteam Vogelbuurt — Noord
      'MV2985-1': 1, // Buurtteam Volewijck — Noord
      'MV2990-1': 1, // Buurtteam Watergraafsmeer — Oost
      'MV2980-1': 1, // Buurtteam Wolbrandskerk — Nieuw-West
    },
  },
  {
    q: 'kinderboerderij zuidoost',
    category: 'stadsdeel',
    relevant: {
      'MV1078-1': 3, // Kinderboerderij `t Brinkie — Zuidoost
      'MV1088-1': 3, // Kinderboerderij de Bijlmerweide — Zuidoost
      'MV1070-1': 3, // Kinderboerderij de Gliphoeve — Zuidoost
      'MV1180-1': 1, // kinderboerderij / dierencapel — Centrum
      'MV1006-1': 1, // Kinderboerderij de Buiktuin — Noord
      'MV1098-1': 1, // Kinderboerderij de Pijp — Zuid
      'MV1041-1': 1, // Kinderboerderij de Strohalm — Nieuw-West
      'MV1142-1': 1, // Kinderboerderij de Uylenburg/Rembrandpark — Nieuw-West
      'MV1118-1': 1, // Kinderboerderij de Werf — Oost
      'MV1152-1': 1, // Kinderboerderij Sloterpark — Nieuw-West
      'MV1064-1': 1, // Kinderboerderij Wachterlied — West
      'MV1134-1': 1, // Kinderboerderij Westerpark — West
      'MV1146-1': 1, // Stadsboerderij Amstelpark — Zuid
      'MV1234-1': 1, // Stadsboerderij Osdorp — Nieuw-West
      'MV1010-1': 1, // Stadsboerderij Zimmerhoeve — West
    },
  },
  {
    q: 'okt west',
    category: 'stadsdeel',
    relevant: {
      'MV1065-1': 3, // OKT Bos en Lommer — West
      'MV1044-1': 3, // OKT Brederodestraat Oud West — West
      'MV1042-1': 3, // OKT Magalhaensplein — West
      'MV1084-1': 3, // OKT Westerpark — West
      'MV1238-1': 1, // OKT Bijlmer Centrum H-Buurt — Zuidoost
      'MV1071-1': 1, // OKT Bijlmer Oost Bijlmerdreef 1134 — Zuidoost
      'MV1067-1': 1, // OKT Bijlmer Oost Bijlmerdreef 618 — Zuidoost
      'MV1189-1': 1, // OKT De Kikker — Nieuw-West
      'MV1215-1': 1, // OKT De Pijp Rivierenbuurt — Zuid
      'MV1235-1': 1, // OKT Het Meervoud — Nieuw-West
      'MV1040-1': 1, // OKT Honingraat — Nieuw-West
      'MV1178-1': 1, // OKT Noord Oost — Noord
      'MV1162-1': 1, // OKT Noord West — Noord
      'MV1021-1': 1, // OKT Oud Noord — Noord
      'MV1050-1': 1, // OKT Oud Oost — Oost
      'MV1069-1': 1, // OKT Reigersbos — Zuidoost
      'MV1410-1': 1, // OKT uitbreiding Honingraat — Nieuw-West
      'MV1360-1': 1, // OKT WTV midden — Oost
      'MV1199-1': 1, // Pluspunt — Nieuw-West
    },
  },
  {
    q: 'bieb oost',
    category: 'stadsdeel',
    relevant: {
      'MV2945-1': 3, // OBA Ijburg — Oost
      'MV2946-1': 3, // OBA Javaplein — Oost
      'MV2947-1': 3, // OBA Linnaeus — Oost
      'MV2948-1': 1, // Bibliotheek Weesp — Weesp
      'MV1075-1': 1, // OBA — Zuid
      'MV2941-1': 1, // OBA Banne — Noord
      'MV2961-1': 1, // OBA Bijlmerplein — Zuidoost
      'MV2954-1': 1, // OBA Bos en Lommer — West
      'MV2957-1': 1, // OBA Buitenveldert — Zuid
      'MV2936-1': 1, // OBA Casa Sofia — Nieuw-West
      'MV2958-1': 1, // OBA CC Amstel — Zuid
      'MV2952-1': 1, // OBA De Hallen — West
      'MV2962-1': 1, // OBA Ganzenhoef — Zuidoost
      'MV2937-1': 1, // OBA Geuzenveld — Nieuw-West
      'MV2950-1': 1, // OBA Mercatorplein — West
      'MV2942-1': 1, // OBA Molenwijk — Noord
      'MV2960-1': 1, // OBA Olympisch Kwartier — Zuid
      'MV3058-1': 1, // OBA Oosterdok — Centrum
      'MV2938-1': 1, // OBA Osdorp — Nieuw-West
      'MV2940-1': 1, // OBA Postjesweg — Nieuw-West
      'MV2963-1': 1, // OBA Reigerbos — Zuidoost
      'MV2959-1': 1, // OBA Roelof Hartplein — Zuid
      'MV2951-1': 1, // OBA Spaardammerbuurt — West
      'MV2953-1': 1, // OBA Staatsliedenbuurt — West
      'MV2943-1': 1, // OBA Van der Pek — Noord
      'MV2944-1': 1, // OBA Waterlandplein — Noord
    },
  },
  {
    q: 'sporthal centrum',
    category: 'stadsdeel',
    relevant: {
      'MV3054-1': 3, // Het Marnix — Centrum (2 rows)
      'MV2358-1': 1, // Amstelcampus — Oost
      'MV2368-1': 1, // Apollohal — Zuid
      'MV3436-1': 1, // Bijlmer Sportcentrum — Zuidoost (3 rows)
      'MV2971-1': 1, // Bijlmer Sporthal — Zuidoost
      'MV2353-1': 1, // Friendship Sports Centre — Noord
      'MV2366-1': 1, // Hogendorp Sportcentrum — West
      'MV2348-1': 1, // Sportcentrum Caland — Nieuw-West
      'MV2370-1': 1, // Sportcentrum De Pijp — Zuid
      'MV3438-1': 1, // Sportcentrum Ookmeer — Nieuw-West
      'MV2347-1': 1, // Sportcomplex Amsterdam Pirates — Nieuw-West
      'MV2276-2': 1, // Sporthal CVT — Oost
      'MV2354-1': 1, // Sporthal De Weeren — Noord
      'MV2372-1': 1, // Sporthal Gaasperdam — Zuidoost
      'MV2361-1': 1, // Sporthal IJburg — Oost
      'MV2367-1': 1, // Sporthal Laan van Spartaan — West
      'MV2371-1': 1, // Sporthal ROC Europaboulevard — Zuid
      'MV2969-1': 1, // Sporthal Weespersluis — Weesp
      'MV2362-1': 1, // Sporthal Wethouder Verheij — Oost
      'MV2524-1': 1, // Sporthallen Zuid — Zuid
    },
  },
  {
    q: 'OBA Osdorp',
    category: 'name',
    relevant: {
      'MV2938-1': 3, // OBA Osdorp — Nieuw-West
    },
  },
  {
    q: 'Mirandabad',
    category: 'name',
    relevant: {
      'MV3082-1': 3, // De Mirandabad — Zuid (4 rows)
    },
  },
  {
    q: 'Sportpark Middenmeer',
    category: 'name',
    note: 'ten source rows, one listing',
    relevant: {
      'MV2481-1': 3, // Sportpark Middenmeer — Oost (10 rows)
    },
  },
  {
    q: 'Claverhuis',
    category: 'name',
    relevant: {
      'MV1060-1': 3, // Het Claverhuis — Centrum
    },
  },
  {
    q: 'Het Marnix',
    category: 'name',
    note: 'sports centre and pool in one building, two listings',
    relevant: {
      'MV3054-1': 3, // Het Marnix — Centrum (2 rows)
      'MV3067-2': 3, // Het Marnixbad — Centrum (2 rows)
    },
  },
  {
    q: 'Jeugdland',
    category: 'name',
    relevant: {
      'MV1068-1': 3, // Jeugdland — Oost
    },
  },
  {
    q: 'Carré',
    category: 'name',
    note: 'the source text is damaged: "Carr?"',
    relevant: {
      'MV3062-1': 3, // Carr? — Centrum
    },
  },
  {
    q: 'Bij Bosshardt',
    category: 'name',
    relevant: {
      'MV1083-1': 3, // Bij Bosshardt inloop / activiteiten Hilversumstraat — Noord
      'MV1080-1': 3, // Bij Bosshardt inloop/ activiteiten Loenermark — Noord
      'MV2898-1': 3, // Buurthuiskamer Bij Bosshardt OZ Achterburgwal — Centrum
      'MV3088-1': 3, // Buurthuiskamer Bij Bosshardt OZ Voorburgwal — Centrum
    },
  },
  {
    q: 'OBA Spaarndammerbuurt',
    category: 'name',
    note: 'the source spells "Spaardammerbuurt"',
    relevant: {
      'MV2951-1': 3, // OBA Spaardammerbuurt — West
    },
  },
  {
    q: 'Gliphoeve',
    category: 'name',
    relevant: {
      'MV1070-1': 3, // Kinderboerderij de Gliphoeve — Zuidoost
    },
  },
  {
    q: 'Noorderparkbad',
    category: 'name',
    relevant: {
      'MV3071-1': 3, // Noorderparkbad — Noord (6 rows)
    },
  },
  {
    q: 'De Meevaart',
    category: 'name',
    relevant: {
      'MV1233-1': 3, // Buurthuis De Meevaart — Oost
    },
  },
  {
    q: 'jeugdhonk',
    category: 'colloquial',
    relevant: {
      'MV1422-2': 3, // `t Schaffie — West
      'MV1172-1': 3, // Argo — Zuid
      'MV1383-1': 3, // Banne Noord Kofschip Jongerencentrum — Noord
      'MV1062-1': 3, // Buikslotermeer Station Nrd — Noord
      'MV1205-1': 3, // Club Junior Dapper — Oost
      'MV1202-1': 3, // Cremerplein / Cremerzz — West
      'MV1091-1': 3, // De Rijn — Zuid
      'MV1043-1': 3, // De Zuidpool — West
      'MV1057-1': 3, // Edelsteen — Zuid
      'MV1085-1': 3, // IJplein/Vogelbuurt Jongerencentrum De Valk — Noord
      'MV1126-1': 3, // JACO — Oost
      'MV1123-1': 3, // Jav`Art — Oost
      'MV1137-1': 3, // JC Da Vinci — Nieuw-West
      'MV3456-1': 3, // JC de Hood — Nieuw-West
      'MV2378-1': 3, // JC De Leeuw — Nieuw-West
      'MV1197-1': 3, // JC De Spot — Nieuw-West
      'MV1087-1': 3, // JC de Tickel — Nieuw-West
      'MV1131-1': 3, // JC Home Base (Station Wildeman) — Nieuw-West
      'MV2920-1': 3, // JC Hoogheemraadweg — Nieuw-West
      'MV1121-1': 3, // JC The Matrixx — Nieuw-West
      'MV3417-1': 3, // JC The Village tijdelijkheid (Aikibudo) — Nieuw-West
      'MV3416-1': 3, // JC The Wave — Noord
      'MV3013-1': 3, // JC Trefpunt — Nieuw-West
      'MV3479-1': 3, // Jongerencentrum Anansi def Venserpolder — Zuidoost
      'MV3595-1': 3, // Jongerencentrum Baggerbeest — Oost
      'MV1342-1': 3, // Jongerencentrum IJtopia Centrumeiland — Oost
      'MV3596-1': 3, // Jongerencentrum KIT — Oost
      'MV1181-1': 3, // Jongerencentrum Reel — Centrum
      'MV1184-1': 3, // Jongerencentrum Wittenburg Oostelijke Eilanden — Centrum
      'MV3418-1': 3, // Jongerencentrum Youngin — Zuidoost
      'MV2912-1': 3, // Meidenhuiskamer Ru Par? — Nieuw-West
      'MV1232-1': 3, // Nowhere — Oost
      'MV1095-1': 3, // t Landhuis — West
      'MV3037-1': 3, // tijdelijk jongerencentrum K buurt — Zuidoost
      'MV2933-1': 3, // Trainspotting — Weesp
      'MV1157-1': 3, // Tugelahuis — Oost
      'MV1156-1': 3, // Tuindorp Oostzaan Jongerencentrum Satirius — Noord
      'MV1183-1': 3, // Van Beuningenplein — West
      'MV1420-1': 3, // Volewijck Jongerencentrum De Klusfabriek (oud) — Noord
      'MV1182-1': 3, // Volta — West
      'MV1206-1': 3, // VTC the Mall — West
      'MV1077-1': 3, // Youth Side — Oost
      'MV1615-1': 2, // Buurtkamer jongeren (Borgerbuurt) — West
      'MV1426-1': 1, // Stichting Argan jongerendebatcentrum — Nieuw-West
    },
  },
  {
    q: 'speelplek voor de kids',
    category: 'colloquial',
    relevant: {
      'MV1046-1': 3, // Bilderdijkpark — West
      'MV1094-1': 3, // BSVAZ — Zuid
      'MV1066-1': 3, // De Toverbal 1 — West
      'MV1241-1': 3, // De Toverbal 2 — West
      'MV1185-1': 3, // De ZuidersSpeeltuingebouw — West
      'MV1147-1': 3, // Gebouw De Noorderspeeltuin — Centrum
      'MV1195-1': 3, // Henrick de Keijser H47 — Zuid
      'MV1133-1': 3, // NatuurSpeeltuingebouw het woeste westen — West
      'MV1061-1': 3, // Ons Genoegen — Centrum
      'MV1216-1': 3, // OosterSpeeltuingebouw — Centrum
      'MV1175-1': 3, // Speeltuin De Speelvogel — Noord
      'MV3031-1': 3, // Speeltuin Disneyland — Weesp
      'MV1194-1': 3, // Speeltuin Het Bloemenkwartier — Noord
      'MV1168-1': 3, // Speeltuin Volewijck — Noord
      'MV1203-1': 3, // Speeltuingebouw Cremerplein — West
      'MV1024-1': 3, // Speeltuingebouw de Boom — West
      'MV1074-1': 3, // Speeltuingebouw De Piramide — Centrum
      'MV1226-1': 3, // Speeltuingebouw de Waag — Centrum
      'MV1207-1': 3, // Speeltuingebouw Frankendeal / amsteldorp — Oost
      'MV1200-1': 3, // Speeltuingebouw Jacob Maris — West
      'MV1229-1': 3, // Speeltuingebouw Mercator — West
      'MV3170-2': 3, // Speeltuingebouw Mercatorpark — West
      'MV1073-1': 3, // Speeltuingebouw Nieuw Gibraltar — West
      'MV1153-1': 3, // Speeltuingebouw Spaarndammerkwartier — West
      'MV1055-1': 3, // Speeltuingebouw UJ Klaren — Centrum
      'MV1099-1': 3, // Speeltuingebouw Westerkwartier / het paviljoen — West
      'MV1103-1': 3, // Speeltuingebouw Wittenburg — Centrum
      'MV1158-1': 3, // Speeltuingebouwhuisje Jouberstraat / transvaal — Oost
      'MV1230-1': 3, // Speeltuingebouwhuisje mariotteplein — Oost
      'MV1012-1': 3, // Speeltuingebouwhuisje onderlangs — Oost
      'MV1243-1': 3, // Speeltuingebouwhuisje Steve Biko — Oost
      'MV3598-1': 3, // speeltuinhuisje Sumatraplantsoen — Oost
      'MV1224-1': 3, // Speeltuinvereniging Twiske — Noord
      'MV1160-1': 3, // Zelfbeheer buurtkamer en speeltuinvereniging Nieuwendam — Noord
      'MV1164-1': 3, // Zelfbeheer Buurtkamer St. Het Middelpunt en speeltuingeb — Noord
      'MV1068-1': 2, // Jeugdland — Oost
      'MV1180-1': 2, // kinderboerderij / dierencapel — Centrum
      'MV1078-1': 2, // Kinderboerderij `t Brinkie — Zuidoost
      'MV1088-1': 2, // Kinderboerderij de Bijlmerweide — Zuidoost
      'MV1006-1': 2, // Kinderboerderij de Buiktuin — Noord
      'MV1070-1': 2, // Kinderboerderij de Gliphoeve — Zuidoost
      'MV1098-1': 2, // Kinderboerderij de Pijp — Zuid
      'MV1041-1': 2, // Kinderboerderij de Strohalm — Nieuw-West
      'MV1142-1': 2, // Kinderboerderij de Uylenburg/Rembrandpark — Nieuw-West
      'MV1118-1': 2, // Kinderboerderij de Werf — Oost
      'MV1152-1': 2, // Kinderboerderij Sloterpark — Nieuw-West
      'MV1064-1': 2, // Kinderboerderij Wachterlied — West
      'MV1134-1': 2, // Kinderboerderij Westerpark — West
      'MV1146-1': 2, // Stadsboerderij Amstelpark — Zuid
      'MV1234-1': 2, // Stadsboerderij Osdorp — Nieuw-West
      'MV1010-1': 2, // Stadsboerderij Zimmerhoeve — West
    },
  },
  {
    q: 'sportschool',
    category: 'colloquial',
    relevant: {
      'MV2970-1': 3, // Boksschool VBSK Albert Cuyp — Zuid
      'MV3436-1': 2, // Bijlmer Sportcentrum — Zuidoost (3 rows)
      'MV3083-1': 2, // Bijlmersportcentrum — Zuidoost
      'MV2353-1': 2, // Friendship Sports Centre — Noord
      'MV2366-1': 2, // Hogendorp Sportcentrum — West
      'MV2965-1': 2, // Spark United — Nieuw-West
      'MV2348-1': 2, // Sportcentrum Caland — Nieuw-West
      'MV2370-1': 2, // Sportcentrum De Pijp — Zuid
      'MV3438-1': 2, // Sportcentrum Ookmeer — Nieuw-West
      'MV2358-1': 1, // Amstelcampus — Oost
      'MV2368-1': 1, // Apollohal — Zuid
      'MV2971-1': 1, // Bijlmer Sporthal — Zuidoost
      'MV3054-1': 1, // Het Marnix — Centrum (2 rows)
      'MV2347-1': 1, // Sportcomplex Amsterdam Pirates — Nieuw-West
      'MV2276-2': 1, // Sporthal CVT — Oost
      'MV2354-1': 1, // Sporthal De Weeren — Noord
      'MV2372-1': 1, // Sporthal Gaasperdam — Zuidoost
      'MV2361-1': 1, // Sporthal IJburg — Oost
      'MV2367-1': 1, // Sporthal Laan van Spartaan — West
      'MV2371-1': 1, // Sporthal ROC Europaboulevard — Zuid
      'MV2969-1': 1, // Sporthal Weespersluis — Weesp
      'MV2362-1': 1, // Sporthal Wethouder Verheij — Oost
      'MV2524-1': 1, // Sporthallen Zuid — Zuid
    },
  },
  {
    q: 'schulden',
    category: 'colloquial',
    relevant: {
      'MV1380-1': 3, // Buurtteam Arenapoort — Zuidoost
      'MV2986-1': 3, // Buurtteam Banne — Noord
      'MV2997-1': 3, // Buurtteam Bellamybuurt — West
      'MV3006-1': 3, // Buurtteam Bijlmer-Centrum — Zuidoost
      'MV3007-1': 3, // Buurtteam Bijlmer-Oost — Zuidoost
      'MV3004-1': 3, // Buurtteam Buitenveldert — Zuid
      'MV2998-1': 3, // Buurtteam De Baarsjes — West
      'MV3005-1': 3, // Buurtteam De Pijp — Zuid
      'MV2999-1': 3, // Buurtteam Erasmusparkbuurt — West
      'MV3008-1': 3, // Buurtteam Gaasperdam — Zuidoost
      'MV2981-1': 3, // Buurtteam Geuzenveld — Nieuw-West
      'MV2976-1': 3, // Buurtteam Haarlemmerbuurt — Centrum
      'MV2977-1': 3, // Buurtteam Jordaan — Centrum
      'MV3000-1': 3, // Buurtteam Kolenkitbuurt — West
      'MV3001-1': 3, // Buurtteam Landlust — West
      'MV2982-1': 3, // Buurtteam Meer en Vaart — Nieuw-West
      'MV2987-1': 3, // Buurtteam Molenwijk — Noord
      'MV2983-1': 3, // Buurtteam Nieuw Sloten — Nieuw-West
      'MV2978-1': 3, // Buurtteam Nieuwmarkt — Centrum
      'MV2975-1': 3, // Buurtteam Oostelijke Eilanden — Centrum
      'MV2989-1': 3, // Buurtteam Oud-oost — Oost
      'MV2979-1': 3, // Buurtteam Slotermeer — Nieuw-West
      'MV3010-1': 3, // Buurtteam Slotervaart (tijdelijk) — Nieuw-West
      'MV1462-1': 3, // Buurtteam Sluisbuurt 1 — Oost
      'MV1463-1': 3, // Buurtteam Sluisbuurt 2 — Oost
      'MV2995-1': 3, // Buurtteam Staatsliedenbuurt — West
      'MV2996-1': 3, // Buurtteam Van Lennepbuurt — West
      'MV2984-1': 3, // Buurtteam Vogelbuurt — Noord
      'MV2985-1': 3, // Buurtteam Volewijck — Noord
      'MV2990-1': 3, // Buurtteam Watergraafsmeer — Oost
      'MV2980-1': 3, // Buurtteam Wolbrandskerk — Nieuw-West
      'MV3015-1': 2, // De Ark - Sociale Kruidenier — Noord
      'MV3024-1': 2, // Inloop buurtkamer Sociaal Maatsch. Werk — Noord
      'MV1225-1': 1, // Activiteitencentrum MatchZO — Weesp
      'MV1188-1': 1, // Activiteitencentrum VONK — Oost
      'MV1340-1': 1, // Bonte Kraai K buurt Midden — Zuidoost
      'MV3026-1': 1, // Buurtcentrum Holendrecht — Zuidoost
      'MV1242-1': 1, // Buurtcentrum Horizon — West
      'MV1233-1': 1, // Buurthuis De Meevaart — Oost
      'MV1387-1': 1, // Buurthuis Kwakoe — Zuidoost
      'MV1005-1': 1, // De Banne — Noord
      'MV1143-1': 1, // De Boeg — West
      'MV1231-1': 1, // De Boomsspijker — Centrum
      'MV1063-1': 1, // De Eester — Oost
      'MV1011-1': 1, // De Havelaar — West
      'MV1023-1': 1, // de Klinker — West
      'MV2439-1': 1, // De Witte Boei — Centrum
      'MV1013-1': 1, // Het Brinkhuis — Oost
      'MV1060-1': 1, // Het Claverhuis — Centrum
      'MV1138-1': 1, // Het Parkhuis — Oost
      'MV1155-1': 1, // Huis van de Buurt De Koperen Knoop — West
      'MV1376-1': 1, // Huis van de Wijk Amstelkwartier 2 — Oost
      'MV1163-1': 1, // Huis van de Wijk De Evenaar — Noord
      'MV1086-1': 1, // Huis van de Wijk De Meeuw — Noord
      'MV1072-1': 1, // Huis van de Wijk Gein — Zuidoost
      'MV1127-1': 1, // Huis van de Wijk Oosterpark — Oost
      'MV1100-1': 1, // HvdW `t Blommetje — Nieuw-West
      'MV3439-1': 1, // HvdW `t Pluspunt — Nieuw-West
      'MV1009-1': 1, // HvdW Belgie — Nieuw-West
      'MV1212-1': 1, // HvdW Buitenveldert — Zuid
      'MV1053-1': 1, // HvdW De Aker — Nieuw-West
      'MV1136-1': 1, // HvdW De Buurtzaak — Nieuw-West
      'MV1227-1': 1, // HvdW De Pijp — Zuid
      'MV1222-1': 1, // HvdW Het Anker — Nieuw-West
      'MV1036-1': 1, // HvdW Honingraat Slotermeer — Nieuw-West
      'MV1219-1': 1, // HvdW Lydia — Zuid
      'MV1082-1': 1, // HvdW Olympus — Zuid
      'MV1092-1': 1, // HvdW Rivierenbuurt — Zuid
      'MV1159-1': 1, // Kraaipan — Oost
      'MV1096-1': 1, // Mansveltschool — West
      'MV1210-1': 1, // No Limit — Zuidoost
      'MV1447-1': 1, // Sloterdijk Stationskwartier: Huis van de Wijk — Nieuw-West
      'MV1461-1': 1, // Sluisbuurt huis van de wijk — Oost
      'MV1149-1': 1, // Tagerijn — West
      'MV1179-1': 1, // Waterlandpleinbuurt Huis van de Wijk Waterlandplein — Noord
      'MV1020-1': 1, // Weggeefwinkel Bloemenbuurt — Noord
      'MV1014-1': 1, // Wijkcentrum d` Oude Stadt — Centrum
      'MV1015-1': 1, // Zelfbeheer Buurtkamer De Driehoek en weggeefwinkel — Noord
    },
  },
  {
    q: 'voetballen',
    category: 'colloquial',
    note: 'only Sportpark Zeeburgereiland states voetbal in the data; other sportparken are likely, tennis/roeien-only ones are not',
    relevant: {
      'MV2131-1': 3, // Sportpark Zeeburgereiland — Oost (11 rows)
      'MV3421-1': 2, // Bijlmer Sportpark — Zuidoost
      'MV2505-1': 2, // Sportpark `t Loopveld — Zuid (3 rows)
      'MV2161-1': 2, // Sportpark Amsterdamse Bos — Zuid (2 rows)
      'MV3425-1': 2, // Sportpark Buiksloterbanne — Noord (2 rows)
      'MV2431-1': 2, // Sportpark De Schinkel — Zuid
      'MV2165-1': 2, // Sportpark De Weeren — Noord (2 rows)
      'MV2166-1': 2, // Sportpark Drieburg — Oost (5 rows)
      'MV2473-1': 2, // Sportpark Durgerdam — Noord
      'MV2487-1': 2, // Sportpark IJburg — Oost
      'MV2474-1': 2, // Sportpark Joos Banckersweg — West (2 rows)
      'MV3422-1': 2, // Sportpark Kadoelen — Noord (2 rows)
      'MV3430-1': 2, // Sportpark Melkweg — Noord (2 rows)
      'MV2215-1': 2, // Sportpark Melkweg Oostzanerwerf — Noord
      'MV2481-1': 2, // Sportpark Middenmeer — Oost (10 rows)
      'MV3435-1': 2, // Sportpark Ookmeer — Nieuw-West (4 rows)
      'MV3426-1': 2, // Sportpark Oostzanerwerf — Noord (2 rows)
      'MV2490-1': 2, // Sportpark Papelaan — Weesp (5 rows)
      'MV3391-1': 2, // Sportpark Parkschouwburg — Centrum
      'MV2499-1': 2, // Sportpark Sloten — Nieuw-West (4 rows)
      'MV2395-1': 2, // Sportpark Transformatorweg — West (2 rows)
      'MV3431-1': 2, // Sportpark Tuindorp-Oostzaan — Noord
      'MV3428-1': 2, // Sportpark Van Heenvlietlaan — Zuid
      'MV2491-1': 2, // Sportpark Vechtoever — Weesp (2 rows)
      'MV3427-1': 2, // Sportpark W.H. Vliegenbos — Noord
      'MV2169-1': 2, // Sportpark Winterdijkplein — Zuid
      'MV3108-1': 1, // Sportpark Bijlmer-hockeyveld — Zuidoost
    },
  },
  {
    q: 'tennissen',
    category: 'colloquial',
    note: 'Sportpark Multatuli is "tennisbanen" in the source',
    relevant: {
      'MV1685-1': 3, // Sportpark Multatuli — West
      'MV2355-1': 3, // Tennishal TV Tie-Breakers — Oost
      'MV1673-1': 3, // Tennispark Kadoelen — Noord
      'MV2363-1': 3, // Tennisschuur Ijburg — Oost
    },
  },
  {
    q: 'chillen met vrienden',
    category: 'colloquial',
    relevant: {
      'MV1422-2': 3, // `t Schaffie — West
      'MV1172-1': 3, // Argo — Zuid
      'MV1383-1': 3, // Banne Noord Kofschip Jongerencentrum — Noord
      'MV1062-1': 3, // Buikslotermeer Station Nrd — Noord
      'MV1205-1': 3, // Club Junior Dapper — Oost
      'MV1202-1': 3, // Cremerplein / Cremerzz — West
      'MV1091-1': 3, // De Rijn — Zuid
      'MV1043-1': 3, // De Zuidpool — West
      'MV1057-1': 3, // Edelsteen — Zuid
      'MV1085-1': 3, // IJplein/Vogelbuurt Jongerencentrum De Valk — Noord
      'MV1126-1': 3, // JACO — Oost
      'MV1123-1': 3, // Jav`Art — Oost
      'MV1137-1': 3, // JC Da Vinci — Nieuw-West
      'MV3456-1': 3, // JC de Hood — Nieuw-West
      'MV2378-1': 3, // JC De Leeuw — Nieuw-West
      'MV1197-1': 3, // JC De Spot — Nieuw-West
      'MV1087-1': 3, // JC de Tickel — Nieuw-West
      'MV1131-1': 3, // JC Home Base (Station Wildeman) — Nieuw-West
      'MV2920-1': 3, // JC Hoogheemraadweg — Nieuw-West
      'MV1121-1': 3, // JC The Matrixx — Nieuw-West
      'MV3417-1': 3, // JC The Village tijdelijkheid (Aikibudo) — Nieuw-West
      'MV3416-1': 3, // JC The Wave — Noord
      'MV3013-1': 3, // JC Trefpunt — Nieuw-West
      'MV3479-1': 3, // Jongerencentrum Anansi def Venserpolder — Zuidoost
      'MV3595-1': 3, // Jongerencentrum Baggerbeest — Oost
      'MV1342-1': 3, // Jongerencentrum IJtopia Centrumeiland — Oost
      'MV3596-1': 3, // Jongerencentrum KIT — Oost
      'MV1181-1': 3, // Jongerencentrum Reel — Centrum
      'MV1184-1': 3, // Jongerencentrum Wittenburg Oostelijke Eilanden — Centrum
      'MV3418-1': 3, // Jongerencentrum Youngin — Zuidoost
      'MV1232-1': 3, // Nowhere — Oost
      'MV1095-1': 3, // t Landhuis — West
      'MV3037-1': 3, // tijdelijk jongerencentrum K buurt — Zuidoost
      'MV2933-1': 3, // Trainspotting — Weesp
      'MV1157-1': 3, // Tugelahuis — Oost
      'MV1156-1': 3, // Tuindorp Oostzaan Jongerencentrum Satirius — Noord
      'MV1183-1': 3, // Van Beuningenplein — West
      'MV1420-1': 3, // Volewijck Jongerencentrum De Klusfabriek (oud) — Noord
      'MV1182-1': 3, // Volta — West
      'MV1206-1': 3, // VTC the Mall — West
      'MV1077-1': 3, // Youth Side — Oost
      'MV1615-1': 2, // Buurtkamer jongeren (Borgerbuurt) — West
      'MV2912-1': 2, // Meidenhuiskamer Ru Par? — Nieuw-West
    },
  },
  {
    q: 'koffie inloop',
    category: 'colloquial',
    relevant: {
      'MV1122-1': 3, // Archipel — Oost
      'MV1572-1': 3, // Banne Noord Buurtkamer De Zeeslag — Noord
      'MV1187-1': 3, // Batavia — Oost
      'MV1083-1': 3, // Bij Bosshardt inloop / activiteiten Hilversumstraat — Noord
      'MV1080-1': 3, // Bij Bosshardt inloop/ activiteiten Loenermark — Noord
      'MV1244-1': 3, // BIKO — Oost
      'MV3039-1': 3, // BK Buurtkracht — Nieuw-West
      'MV1151-1': 3, // BK De Cactus — Nieuw-West
      'MV1150-1': 3, // BK De Dichter — Nieuw-West
      'MV1033-1': 3, // BK De Dobbekamer — Nieuw-West
      'MV1587-1': 3, // BK De Drie Boertjes — Nieuw-West
      'MV2906-1': 3, // BK De Natuurkamer — Nieuw-West
      'MV3019-1': 3, // BK De Waterlelie — Nieuw-West
      'MV1208-1': 3, // BK Fiep — Nieuw-West
      'MV3478-1': 3, // BK Geuzennest — Nieuw-West
      'MV3018-1': 3, // BK Het Dorpshuis Sloten — Nieuw-West
      'MV1406-1': 3, // BK Het Eilandje — Nieuw-West
      'MV2922-1': 3, // BK Het Reimertje — Nieuw-West
      'MV2374-1': 3, // BK Jacomenius — Nieuw-West
      'MV2908-1': 3, // BK Lieven — Nieuw-West
      'MV1445-1': 3, // BK LYCKA — Nieuw-West
      'MV1038-1': 3, // BK NIVON / ESAN Het Honk — Nieuw-West
      'MV1101-1': 3, // BK Perron 32 — Nieuw-West
      'MV3586-1': 3, // BK Piet Wiedijk — Nieuw-West
      'MV2430-1': 3, // BK Sierplein — Nieuw-West
      'MV1039-1': 3, // BK Social Garden — Nieuw-West
      'MV1154-1': 3, // BK Staalmanpark — Nieuw-West
      'MV1198-1': 3, // BK Stichting De Brug — Nieuw-West
      'MV1388-1': 3, // Bos en Lommer Gibraltarstraat buurtkamer — West
      'MV1008-1': 3, // Brahmshof — Zuid
      'MV3011-1': 3, // Buuf en Buur — Noord
      'MV1173-1': 3, // Buurtcentrum `t Spinnewiel Venserpolder — Zuidoost
      'MV1191-1': 3, // Buurtcentrum De Rietwijker — Noord
      'MV1032-1': 3, // Buurtgebouw Henrick de Keijser — Zuid
      'MV1056-1': 3, // Buurthuis Plan C — Zuid
      'MV2898-1': 3, // Buurthuiskamer Bij Bosshardt OZ Achterburgwal — Centrum
      'MV3088-1': 3, // Buurthuiskamer Bij Bosshardt OZ Voorburgwal — Centrum
      'MV1457-1': 3, // Buurtkamer 1 Sluisbuurt — Oost
      'MV2930-1': 3, // Buurtkamer Aetsveld — Weesp
      'MV1019-1': 3, // Buurtkamer Bloemenbuurt / Heliotroop — Noord
      'MV1140-1': 3, // Buurtkamer Corantijn — West
      'MV1047-1': 3, // Buurtkamer Costa & Co — West
      'MV1692-1': 3, // Buurtkamer Dapperbuurt — Oost
      'MV2385-1': 3, // Buurtkamer de Bijenkorf — West
      'MV1079-1': 3, // Buurtkamer De Die — Noord
      'MV1220-1': 3, // Buurtkamer de Handreiking — Zuidoost
      'MV2931-1': 3, // Buurtkamer de Kastanje — Weesp
      'MV3029-1': 3, // Buurtkamer De Moddermolen — Centrum
      'MV2436-1': 3, // Buurtkamer de nieuwe Reiger — West
      'MV1254-1': 3, // Buurtkamer De Parel — Noord
      'MV1466-1': 3, // Buurtkamer De Steigerplek — Oost
      'MV2386-1': 3, // Buurtkamer Gulden Winckel (bestaand) — West
      'MV1176-1': 3, // Buurtkamer Havikslaan — Noord
      'MV1076-1': 3, // Buurtkamer Ijburg — Oost
      'MV3028-1': 3, // Buurtkamer Kattenburg — Centrum
      'MV1322-1': 3, // Buurtkamer Mercatorpark — West
      'MV1249-1': 3, // Buurtkamer Multibron — Zuidoost
      'MV1252-1': 3, // Buurtkamer ons Koekoeksnest — Noord
      'MV1431-1': 3, // Buurtkamer Oostenburg Noord — Centrum
      'MV1186-1': 3, // Buurtkamer Parlarie — West
      'MV3588-1': 3, // Buurtkamer Rivierenhuis — Zuid
      'MV2375-1': 3, // buurtkamer Robert Kochplantsoen — Oost
      'MV1120-1': 3, // Buurtkamer Stellingweg — Noord
      'MV3033-1': 3, // Buurtkamer UJ Klaren (bestaand) — Centrum
      'MV3036-1': 3, // Buurtkamer Weespersluis — Weesp
      'MV1239-1': 3, // Buurtkamer Zeeburgereiland — Oost
      'MV1256-1': 3, // Buurtsalon Jeltje — West
      'MV1141-1': 3, // Casa Jepie Makandra — Zuidoost
      'MV1090-1': 3, // centrum SIMUD — Zuidoost
      'MV1097-1': 3, // d`Oude Raai — Zuid
      'MV1240-1': 3, // De Baarshaven — Zuid
      'MV3016-1': 3, // De Blauwe Huiskamer — Noord
      'MV1102-1': 3, // de Buurman — Zuid
      'MV1218-1': 3, // De Coenen — Zuid
      'MV1397-1': 3, // de Ernst — Zuid
      'MV1049-1': 3, // De Gooyer — Oost
      'MV1048-1': 3, // De Kat — Oost
      'MV3027-1': 3, // De Tweede uitleg (bestaand) — Centrum
      'MV1217-1': 3, // Dorpshuis Holysloot — Noord
      'MV3252-1': 3, // Dufay — Zuid
      'MV1192-1': 3, // Eduard Douwes Dekkerhuis — Noord
      'MV1018-1': 3, // Florahofje — Noord
      'MV1247-1': 3, // Gebouw Hagendoornweg — Noord
      'MV2377-1': 3, // Grand-Caf? Genieten — Oost
      'MV3023-1': 3, // Het leefkringhuis / Armen Ineen — Noord
      'MV2932-1': 3, // Het Lichthuis — Weesp
      'MV1190-1': 3, // Hoofdkwartier — Zuid
      'MV1253-1': 3, // Huis van de buurt de Kimme — Noord
      'MV1028-1': 3, // Huis van de buurt Het Schouw — Noord
      'MV3024-1': 3, // Inloop buurtkamer Sociaal Maatsch. Werk — Noord
      'MV1045-1': 3, // Inloophuis Czaar 51 — Centrum
      'MV1246-1': 3, // Jeruzalem — Oost
      'MV1026-1': 3, // Korthagenhuis — Noord
      'MV1632-1': 3, // Kramatsalon — Oost
      'MV1251-1': 3, // Leefkringhuis — Noord
      'MV1030-1': 3, // Meergeneratiegebouw Goudestein — Zuid
      'MV1031-1': 3, // Menno Simonshuis — Zuid
      'MV1027-1': 3, // Modestraat ontmoeting — Noord
      'MV1576-1': 3, // Molenwijk Buurtkamer Diereneiland — Noord
      'MV1119-1': 3, // Molenwijk Buurtkamer Molenwijkkamer — Noord
      'MV2383-1': 3, // Muticultureel centrum Ala kondre — Zuidoost
      'MV2384-1': 3, // Nieuw Vredenburgh — West
      'MV1125-1': 3, // Olympisch kwartier — Zuid
      'MV3030-1': 3, // Ontspanning Achtergracht Zuid — Weesp
      'MV1433-1': 3, // Oud-Oost post Oost buurtkamer — Oost
      'MV1690-1': 3, // Quellijn — Zuid
      'MV1221-1': 3, // Rijn58 — Zuid
      'MV1659-1': 3, // Set — Oost
      'MV1450-1': 3, // Sloterdijk Contactbuurt: buurtkamer 2 — West
      'MV1131-2': 3, // Station Wildeman — Nieuw-West
      'MV1128-1': 3, // Stichting de Oase Buurthuiskamer Oosterparkbuurt — Oost
      'MV1174-1': 3, // t Boeit / boeninhuis — Zuidoost
      'MV1054-1': 3, // t Hoeckhuys — Oost
      'MV3290-1': 3, // Tori Oso — Zuidoost
      'MV3409-1': 3, // Twiske-West Buurtkamer Zuideinde 369 (renovatie) — Noord
      'MV1165-1': 3, // Twiskehuis — Noord
      'MV3057-1': 3, // Volewijck Buurtkamer Tolhuis 7a (renovatie) — Noord
      'MV1209-1': 3, // Wachterliedpaviljoen — West
      'MV1171-1': 3, // Welkom — Zuid
      'MV2935-1': 3, // Wijkcentrum Wintertuin — Weesp
      'MV1007-1': 3, // Wijkkamer De Klipper — Noord
      'MV1139-1': 3, // Zelfbeheer BK Plan van Gool Het Breedhuis — Noord
      'MV1022-1': 3, // Zelfbeheer Buurtkamer Antoniushuis — Noord
      'MV2928-1': 3, // Zelfbeheer Buurtkamer De Bol en woonwerkco?p. — Noord
      'MV1015-1': 3, // Zelfbeheer Buurtkamer De Driehoek en weggeefwinkel — Noord
      'MV2929-1': 3, // Zelfbeheer Buurtkamer de Kleine Wereld — Noord
      'MV1236-1': 3, // Zelfbeheer Buurtkamer Dorpshuis De Beke — Noord
      'MV1016-1': 3, // Zelfbeheer Buurtkamer Het Anker — Noord
      'MV2927-1': 3, // Zelfbeheer buurtkamer Het Baken — Noord
      'MV1223-1': 3, // Zelfbeheer Buurtkamer Kadoelen — Noord
      'MV1169-1': 3, // Zelfbeheer Buurtkamer Van der Pek — Noord
      'MV1225-1': 2, // Activiteitencentrum MatchZO — Weesp
      'MV1188-1': 2, // Activiteitencentrum VONK — Oost
      'MV1340-1': 2, // Bonte Kraai K buurt Midden — Zuidoost
      'MV3026-1': 2, // Buurtcentrum Holendrecht — Zuidoost
      'MV1242-1': 2, // Buurtcentrum Horizon — West
      'MV1233-1': 2, // Buurthuis De Meevaart — Oost
      'MV1387-1': 2, // Buurthuis Kwakoe — Zuidoost
      'MV2916-1': 2, // Buurthuis Vooruit — Nieuw-West
      'MV1615-1': 2, // Buurtkamer jongeren (Borgerbuurt) — West
      'MV2381-1': 2, // Buurtrestaurant Ijburgcollege — Oost
      'MV2913-1': 2, // Buurtwerkplaats Noorderhof — Nieuw-West
      'MV1117-1': 2, // Centrum Vrouw en Vaart — Nieuw-West
      'MV2921-1': 2, // Coffee Connect AZC — Nieuw-West
      'MV1005-1': 2, // De Banne — Noord
      'MV1143-1': 2, // De Boeg — West
      'MV1231-1': 2, // De Boomsspijker — Centrum
      'MV1063-1': 2, // De Eester — Oost
      'MV1011-1': 2, // De Havelaar — West
      'MV2923-1': 2, // De Huiskamer — Nieuw-West
      'MV1023-1': 2, // de Klinker — West
      'MV2439-1': 2, // De Witte Boei — Centrum
      'MV3291-1': 2, // Empowermentcentrum G-buurt — Zuidoost
      'MV1013-1': 2, // Het Brinkhuis — Oost
      'MV1060-1': 2, // Het Claverhuis — Centrum
      'MV1138-1': 2, // Het Parkhuis — Oost
      'MV1155-1': 2, // Huis van de Buurt De Koperen Knoop — West
      'MV1376-1': 2, // Huis van de Wijk Amstelkwartier 2 — Oost
      'MV1163-1': 2, // Huis van de Wijk De Evenaar — Noord
      'MV1086-1': 2, // Huis van de Wijk De Meeuw — Noord
      'MV1072-1': 2, // Huis van de Wijk Gein — Zuidoost
      'MV1127-1': 2, // Huis van de Wijk Oosterpark — Oost
      'MV1100-1': 2, // HvdW `t Blommetje — Nieuw-West
      'MV3439-1': 2, // HvdW `t Pluspunt — Nieuw-West
      'MV1009-1': 2, // HvdW Belgie — Nieuw-West
      'MV1212-1': 2, // HvdW Buitenveldert — Zuid
      'MV1053-1': 2, // HvdW De Aker — Nieuw-West
      'MV1136-1': 2, // HvdW De Buurtzaak — Nieuw-West
      'MV1227-1': 2, // HvdW De Pijp — Zuid
      'MV1222-1': 2, // HvdW Het Anker — Nieuw-West
      'MV1036-1': 2, // HvdW Honingraat Slotermeer — Nieuw-West
      'MV1219-1': 2, // HvdW Lydia — Zuid
      'MV1082-1': 2, // HvdW Olympus — Zuid
      'MV1092-1': 2, // HvdW Rivierenbuurt — Zuid
      'MV1159-1': 2, // Kraaipan — Oost
      'MV1096-1': 2, // Mansveltschool — West
      'MV1210-1': 2, // No Limit — Zuidoost
      'MV1029-1': 2, // Ontmoetingscentrum LEV — Zuid
      'MV3587-1': 2, // ontmoetingsruimte De Lente — Nieuw-West
      'MV2904-1': 2, // Ontmoetingsruimte De Pleinkamer — Nieuw-West
      'MV2905-1': 2, // Ontmoetingsruimte Het Paleis — Nieuw-West
      'MV2925-1': 2, // Ontmoetingsruimte Leo Polak huis — Nieuw-West
      'MV2907-1': 2, // Ouderenruimte Bonnefantenstraat — Nieuw-West
      'MV2909-1': 2, // SHE Ontmoetingsruimte — Nieuw-West
      'MV1447-1': 2, // Sloterdijk Stationskwartier: Huis van de Wijk — Nieuw-West
      'MV1461-1': 2, // Sluisbuurt huis van de wijk — Oost
      'MV1148-1': 2, // SOOJ ouderenontmoetingscentrum — Centrum
      'MV1177-1': 2, // SOOP ouderenontmoetingscentrum — Centrum
      'MV1149-1': 2, // Tagerijn — West
      'MV1035-1': 2, // Vrouwencentrum Doenja — Nieuw-West
      'MV2919-1': 2, // Vrouwencentrum Nisa4Nisa — Nieuw-West
      'MV2379-1': 2, // Vrouwencentrum Saaam — Nieuw-West
      'MV1179-1': 2, // Waterlandpleinbuurt Huis van de Wijk Waterlandplein — Noord
      'MV1014-1': 2, // Wijkcentrum d` Oude Stadt — Centrum
      'MV1228-1': 1, // 5 Sterrenschool - SPIN — Noord
      'MV1129-1': 1, // Activiteitenruimte Wethouder Verheijhal — Oost
      'MV2432-1': 1, // Atelier77 — Zuid
      'MV1649-1': 1, // Bellamy buurtmuseum — West
      'MV1135-1': 1, // Buurtboederij Ons Genoegen — West
      'MV1237-1': 1, // Centrale Dorpsraad — Noord
      'MV1658-1': 1, // Cybersoek — Oost
      'MV3031-1': 1, // Speeltuin Disneyland — Weesp
      'MV1051-1': 1, // Talentenkamer Piramideschool — Noord
      'MV1020-1': 1, // Weggeefwinkel Bloemenbuurt — Noord
    },
  },
  {
    q: 'opvoedhulp puber',
    category: 'colloquial',
    relevant: {
      'MV1238-1': 3, // OKT Bijlmer Centrum H-Buurt — Zuidoost
      'MV1071-1': 3, // OKT Bijlmer Oost Bijlmerdreef 1134 — Zuidoost
      'MV1067-1': 3, // OKT Bijlmer Oost Bijlmerdreef 618 — Zuidoost
      'MV1065-1': 3, // OKT Bos en Lommer — West
      'MV1044-1': 3, // OKT Brederodestraat Oud West — West
      'MV1189-1': 3, // OKT De Kikker — Nieuw-West
      'MV1215-1': 3, // OKT De Pijp Rivierenbuurt — Zuid
      'MV1235-1': 3, // OKT Het Meervoud — Nieuw-West
      'MV1040-1': 3, // OKT Honingraat — Nieuw-West
      'MV1042-1': 3, // OKT Magalhaensplein — West
      'MV1178-1': 3, // OKT Noord Oost — Noord
      'MV1162-1': 3, // OKT Noord West — Noord
      'MV1021-1': 3, // OKT Oud Noord — Noord
      'MV1050-1': 3, // OKT Oud Oost — Oost
      'MV1069-1': 3, // OKT Reigersbos — Zuidoost
      'MV1410-1': 3, // OKT uitbreiding Honingraat — Nieuw-West
      'MV1084-1': 3, // OKT Westerpark — West
      'MV1360-1': 3, // OKT WTV midden — Oost
      'MV1199-1': 3, // Pluspunt — Nieuw-West
      'MV1380-1': 2, // Buurtteam Arenapoort — Zuidoost
      'MV2986-1': 2, // Buurtteam Banne — Noord
      'MV2997-1': 2, // Buurtteam Bellamybuurt — West
      'MV3006-1': 2, // Buurtteam Bijlmer-Centrum — Zuidoost
      'MV3007-1': 2, // Buurtteam Bijlmer-Oost — Zuidoost
      'MV3004-1': 2, // Buurtteam Buitenveldert — Zuid
      'MV2998-1': 2, // Buurtteam De Baarsjes — West
      'MV3005-1': 2, // Buurtteam De Pijp — Zuid
      'MV2999-1': 2, // Buurtteam Erasmusparkbuurt — West
      'MV3008-1': 2, // Buurtteam Gaasperdam — Zuidoost
      'MV2981-1': 2, // Buurtteam Geuzenveld — Nieuw-West
      'MV2976-1': 2, // Buurtteam Haarlemmerbuurt — Centrum
      'MV2977-1': 2, // Buurtteam Jordaan — Centrum
      'MV3000-1': 2, // Buurtteam Kolenkitbuurt — West
      'MV3001-1': 2, // Buurtteam Landlust — West
      'MV2982-1': 2, // Buurtteam Meer en Vaart — Nieuw-West
      'MV2987-1': 2, // Buurtteam Molenwijk — Noord
      'MV2983-1': 2, // Buurtteam Nieuw Sloten — Nieuw-West
      'MV2978-1': 2, // Buurtteam Nieuwmarkt — Centrum
      'MV2975-1': 2, // Buurtteam Oostelijke Eilanden — Centrum
      'MV2989-1': 2, // Buurtteam Oud-oost — Oost
      'MV2979-1': 2, // Buurtteam Slotermeer — Nieuw-West
      'MV3010-1': 2, // Buurtteam Slotervaart (tijdelijk) — Nieuw-West
      'MV1462-1': 2, // Buurtteam Sluisbuurt 1 — Oost
      'MV1463-1': 2, // Buurtteam Sluisbuurt 2 — Oost
      'MV2995-1': 2, // Buurtteam Staatsliedenbuurt — West
      'MV2996-1': 2, // Buurtteam Van Lennepbuurt — West
      'MV2984-1': 2, // Buurtteam Vogelbuurt — Noord
      'MV2985-1': 2, // Buurtteam Volewijck — Noord
      'MV2990-1': 2, // Buurtteam Watergraafsmeer — Oost
      'MV2980-1': 2, // Buurtteam Wolbrandskerk — Nieuw-West
      'MV1422-2': 1, // `t Schaffie — West
      'MV1172-1': 1, // Argo — Zuid
      'MV1383-1': 1, // Banne Noord Kofschip Jongerencentrum — Noord
      'MV1062-1': 1, // Buikslotermeer Station Nrd — Noord
      'MV1205-1': 1, // Club Junior Dapper — Oost
      'MV1202-1': 1, // Cremerplein / Cremerzz — West
      'MV1091-1': 1, // De Rijn — Zuid
      'MV1043-1': 1, // De Zuidpool — West
      'MV1057-1': 1, // Edelsteen — Zuid
      'MV1085-1': 1, // IJplein/Vogelbuurt Jongerencentrum De Valk — Noord
      'MV1126-1': 1, // JACO — Oost
      'MV1123-1': 1, // Jav`Art — Oost
      'MV1137-1': 1, // JC Da Vinci — Nieuw-West
      'MV3456-1': 1, // JC de Hood — Nieuw-West
      'MV2378-1': 1, // JC De Leeuw — Nieuw-West
      'MV1197-1': 1, // JC De Spot — Nieuw-West
      'MV1087-1': 1, // JC de Tickel — Nieuw-West
      'MV1131-1': 1, // JC Home Base (Station Wildeman) — Nieuw-West
      'MV2920-1': 1, // JC Hoogheemraadweg — Nieuw-West
      'MV1121-1': 1, // JC The Matrixx — Nieuw-West
      'MV3417-1': 1, // JC The Village tijdelijkheid (Aikibudo) — Nieuw-West
      'MV3416-1': 1, // JC The Wave — Noord
      'MV3013-1': 1, // JC Trefpunt — Nieuw-West
      'MV3479-1': 1, // Jongerencentrum Anansi def Venserpolder — Zuidoost
      'MV3595-1': 1, // Jongerencentrum Baggerbeest — Oost
      'MV1342-1': 1, // Jongerencentrum IJtopia Centrumeiland — Oost
      'MV3596-1': 1, // Jongerencentrum KIT — Oost
      'MV1181-1': 1, // Jongerencentrum Reel — Centrum
      'MV1184-1': 1, // Jongerencentrum Wittenburg Oostelijke Eilanden — Centrum
      'MV3418-1': 1, // Jongerencentrum Youngin — Zuidoost
      'MV2912-1': 1, // Meidenhuiskamer Ru Par? — Nieuw-West
      'MV1232-1': 1, // Nowhere — Oost
      'MV1095-1': 1, // t Landhuis — West
      'MV3037-1': 1, // tijdelijk jongerencentrum K buurt — Zuidoost
      'MV2933-1': 1, // Trainspotting — Weesp
      'MV1157-1': 1, // Tugelahuis — Oost
      'MV1156-1': 1, // Tuindorp Oostzaan Jongerencentrum Satirius — Noord
      'MV1183-1': 1, // Van Beuningenplein — West
      'MV1420-1': 1, // Volewijck Jongerencentrum De Klusfabriek (oud) — Noord
      'MV1182-1': 1, // Volta — West
      'MV1206-1': 1, // VTC the Mall — West
      'MV1077-1': 1, // Youth Side — Oost
    },
  },
];
