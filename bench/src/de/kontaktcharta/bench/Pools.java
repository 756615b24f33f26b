package de.kontaktcharta.bench;

import java.util.List;

/** Word lists the workload is made of: names, companies, titles, skills. */
final class Pools {

  private Pools() {}

  /** The entries of a comma-separated text block. */
  private static List<String> list(String entries) {
    return List.of(entries.strip().split(",\\s*"));
  }

  static final List<String> FIRST =
      list(
          """
          Anna, Andreas, Alexander, Birgit, Bernd, Claudia, Christian, Daniel, Daniela, Dirk,
          Elena, Eva, Frank, Felix, Gabriele, Georg, Hannah, Heike, Ingo, Jan, Jana, Jens, Julia,
          Jürgen, Katrin, Klaus, Lena, Lukas, Maria, Markus, Martina, Michael, Monika, Nina, Nils,
          Oliver, Petra, Peter, Ralf, Sabine, Sandra, Sebastian, Simone, Stefan, Susanne, Thomas,
          Tobias, Ute, Uwe, Volker, Wolfgang, Yvonne, Sören, Björn, Jörg, Ömer, Züleyha, Renée,
          José, Zoë, Çağla, Žofia, Łukasz, Bartłomiej, Søren, Håkon, François, Amélie, Inês, Miloš,
          Agnès, Noémie, James, Emily, Michael, Sarah, David, Laura, Robert, Jessica, John,
          Jennifer, William, Olivia, Daniel, Sophie, Matthew, Emma, Christopher, Chloe, Andrew,
          Grace, Joshua, Hannah, Ryan, Megan, Priya, Rahul, Ananya, Arjun, Wei, Li, Yuki, Hiroshi,
          Mei, Chen, Fatima, Ahmed, Omar, Layla, Carlos, Lucía, Diego, Valentina, Mateo, Camila,
          Giulia, Marco, Francesca, Luca, Ingrid, Lars, Astrid, Mikael, Katarzyna, Piotr,
          Agnieszka, Tomasz, Olga, Dmitri, Natalia, Sergei, Aylin, Emre, Elif, Can, Kai, Finn, Mia,
          Leon, Emilia, Paul, Ben, Ida, Noah, Clara, Max, Lina, Moritz, Frieda, Anton, Greta,
          Jonas, Marlene
          """);

  static final List<String> LAST =
      list(
          """
          Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann,
          Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann,
          Braun, Krüger, Hofmann, Hartmann, Lange, Schmitt, Werner, Schmitz, Krause, Meier,
          Lehmann, Schmid, Schulze, Maier, Köhler, Herrmann, König, Walter, Mayer, Huber, Kaiser,
          Fuchs, Peters, Lang, Scholz, Möller, Weiß, Jung, Hahn, Schubert, Vogel, Friedrich,
          Keller, Günther, Frank, Berger, Winkler, Roth, Beck, Lorenz, Baumann, Franke, Albrecht,
          Schuster, Simon, Ludwig, Böhm, Winter, Kraus, Martin, Schumacher, Krämer, Vogt, Stein,
          Jäger, Otto, Sommer, Groß, Seidel, Heinrich, Brandt, Haas, Schreiber, Graf, Schulte,
          Dietrich, Ziegler, Kuhn, Kühn, Pohl, Engel, Horn, Busch, Bergmann, Thomas, Voigt, Sauer,
          Arnold, Wolff, Pfeiffer, Smith, Johnson, Williams, Brown, Jones, Garcia, Miller, Davis,
          Rodriguez, Martinez, Hernandez, Lopez, Gonzalez, Wilson, Anderson, Taylor, Moore,
          Jackson, Lee, Thompson, White, Harris, Clark, Lewis, Walker, Hall, Young, Allen, King,
          Wright, Scott, Green, Baker, Adams, Nelson, Patel, Sharma, Singh, Kumar, Gupta, Wang,
          Zhang, Liu, Chen, Yang, Tanaka, Suzuki, Sato, Kowalski, Nowak, Wiśniewski, Wójcik, Novák,
          Dvořák, Horváth, Nagy, Kovačević, Jovanović, Yılmaz, Kaya, Demir, Şahin, Çelik, Öztürk,
          Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Dubois, Lefèvre, Girard, Moreau,
          Fernández, Pérez, Sánchez, Gómez, Núñez, Jiménez, Andersson, Johansson, Nilsson, Hansen,
          Jensen, Nielsen, Sørensen, Virtanen, de Vries, van Dijk, Jansen, von der Heide, Ivanov,
          Petrov, Smirnov, Popescu, Papadopoulos, O'Brien, Murphy, Kelly
          """);

  static final List<String> COMPANY_STEMS =
      list(
          """
          Acme, Nordlicht, Bergwerk, Rheinland, Alpen, Hanse, Blauwal, Sonnenhof, Datenwerk,
          Kontor, Lichtblick, Weitblick, Brückenbau, Fernweh, Eichenholz, Quantum, Vertex, Nimbus,
          Helix, Orbit, Pioneer, Summit, Cobalt, Atlas, Meridian, Apex, Horizon, Keystone,
          Evergreen, Northwind, Bluebird, Ironbridge, Silverline, Redwood, Clearwater, Brightpath,
          Stellar, Nova, Polaris, Zenith, Cascade, Granite, Falcon, Harbor, Maple, Riverstone,
          Müller & Söhne, Schäfer Logistik, Köhler Maschinenbau, Weiß Consulting, Grün Energie,
          Böhm Digital, Fröhlich Medien, Jäger Bau, Krämer Pharma
          """);

  static final List<String> COMPANY_SUFFIX =
      list(
          """
          GmbH, AG, GmbH & Co. KG, SE, Inc., Ltd, LLC, -, Group, Solutions, Consulting GmbH, e.V.,
          UG (haftungsbeschränkt), Corp., B.V.
          """);

  static final List<String> POSITIONS =
      list(
          """
          Geschäftsführer, Geschäftsführerin, Head of Marketing, Vertriebsleiter,
          Senior Consultant, Projektmanagerin, Software Engineer, Senior Software Engineer,
          Product Manager, Product Owner, Data Scientist, CTO, CEO, CFO, Leiterin Personal,
          Teamleiter IT, Key Account Manager, Account Executive, UX Designer, Marketing Manager,
          Business Development Manager, Einkäufer, Referentin Unternehmenskommunikation,
          Rechtsanwalt, Steuerberaterin, Professor, Wissenschaftliche Mitarbeiterin, Doktorand,
          Werkstudent, Freelancer, Berater, Inhaber, Partner, Director of Sales, VP Engineering,
          Scrum Master, Agile Coach, IT-Architekt, DevOps Engineer, Journalistin, Redakteur,
          Recruiter, Senior Recruiter, Talent Acquisition Partner, Headhunter, Business Coach,
          Life Coach, Finanzberater, Versicherungsmakler, Financial Advisor, Vermögensberater,
          Social Media Manager, Content Creator, Event Manager, Pressesprecherin, Lehrer, Ärztin,
          Architekt, Ingenieurin, Controller, Buchhalterin, Operations Manager,
          Supply Chain Manager
          """);

  static final List<String> SKILLS =
      list(
          """
          Projektmanagement, Social Media, Marketing, Vertrieb, Java, Python, Leadership, Strategy,
          Beratung, Online-Marketing, Public Relations, Content Marketing, Unternehmensberatung,
          Agile Methoden, Change Management, Kommunikation, Event Management, SEO, Journalismus,
          Coaching, Business Development, Data Analysis, Cloud Computing, Moderation, Workshops
          """);

  static final List<String> CITIES =
      list(
          """
          Berlin, Hamburg, München, Köln, Frankfurt am Main, Stuttgart, Düsseldorf, Leipzig,
          Dortmund, Essen, Bremen, Dresden, Hannover, Nürnberg, Wien, Zürich, Freiburg im Breisgau,
          Konstanz, Münster, Augsburg
          """);

  static final List<String> MEETINGS =
      list(
          """
          Projektabstimmung, Jour fixe, Kennenlernen, Kick-off, Angebotsbesprechung,
          Workshop Strategie, Call, Quarterly Review, Intro call, Lunch, Kaffee, Interview,
          Vortrag vorbereiten, Messe-Nachbereitung, Sprint Review, Abstimmung Budget, 1:1,
          Networking Dinner, Podcast-Aufnahme, Webinar
          """);
}
