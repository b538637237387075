# carnet's interface strings, one message per thing a person reads.
# French (i18n/fr/carnet.ftl) is the source; English (i18n/en/carnet.ftl) has
# exactly the same keys and variables (a test checks it). Keys are grouped by where
# they are read; within a group, keep related keys together.
# Syntax: https://projectfluent.org/fluent/guide/ — `{ $n }` is a variable; plurals
# use `{ $n -> [one] … *[other] … }` (French puts 0 and 1 in `one`).

## Shared words

count-errors = { $count ->
    [one] { $count } erreur
   *[other] { $count } erreurs
}
count-warnings = { $count ->
    [one] { $count } avertissement
   *[other] { $count } avertissements
}


## Pages of the sites (templates and what carnet writes into them)



## carnet serve: pages, refusals and forms



## Sealed sites: the unlock page



## Command line: --help

cli-help-heading-usage = Utilisation :
cli-help-heading-arguments = Arguments :
cli-help-heading-options = Options :
cli-help-heading-commands = Commandes :
cli-help-flag-help = Afficher l'aide
cli-help-flag-version = Afficher la version
cli-help-help-about = Afficher ce message, ou l'aide des commandes données
cli-help-help-arg-subcommand = Les commandes dont afficher l'aide
cli-help-default = {"["}par défaut : { $value }]
cli-help-possible-values = {"["}valeurs possibles : { $values }]
cli-help-env = {"["}variable d'environnement : { $name }]
cli-help-aliases = {"["}autres noms : { $names }]
cli-help-value-audience = SITE
cli-help-value-by = AUTEUR
cli-help-value-cache = CACHE
cli-help-value-color = COULEUR
cli-help-value-date = DATE
cli-help-value-dir = DOSSIER
cli-help-value-experience = EXPÉRIENCE
cli-help-value-file = FICHIER
cli-help-value-format = FORMAT
cli-help-value-group = GROUPE
cli-help-value-journal = CARNET
cli-help-value-key = CLÉ
cli-help-value-kind = TYPE
cli-help-value-language = LANGUE
cli-help-value-learner = APPRENANT
cli-help-value-name = NOM
cli-help-value-organisation = ORGANISATION
cli-help-value-out = SORTIE
cli-help-value-path = CHEMIN
cli-help-value-person = PERSONNE
cli-help-value-photos = PHOTOS
cli-help-value-port = PORT
cli-help-value-quote = CITATION
cli-help-value-recipient = DESTINATAIRE
cli-help-value-referent = RÉFÉRENT
cli-help-value-role = RÔLE
cli-help-value-shell = SHELL
cli-help-value-skills = COMPÉTENCES
cli-help-value-slug = IDENTIFIANT
cli-help-value-title = TITRE
cli-help-value-command = COMMANDE
cli-help-about = Fait d'un carnet de route (un dossier d'expériences) un site statique par public
cli-help-after =
    Codes de sortie :
      0  réussite (check : aucune erreur ; avertissements permis sauf avec --deny-warnings)
      1  le carnet a des erreurs (rien n'a été écrit), ou des avertissements avec check --deny-warnings
      2  erreur d'utilisation, du système de fichiers ou du dossier de sortie

    Les messages sont dans la langue du carnet (`language` dans carnet.toml, français par défaut).
    Couleurs : --color, ou la variable d'environnement NO_COLOR.
cli-help-arg-color = Quand colorer les messages (auto : dans un terminal, sauf si NO_COLOR est défini)
cli-help-arg-quiet = N'afficher que les erreurs (ni résumé, ni avertissements)
cli-help-arg-verbose = En dire plus : où vont les fichiers, et la durée de chaque étape
cli-help-build-about = Construit le site de chaque public : public, chaque communauté, chaque référent, chaque apprenant
cli-help-build-after =
    Exemples :
      carnet build                           # le carnet de ce dossier, sites dans site/
      carnet build example-journal           # sites dans example-journal/site/
      carnet build . --out /srv/carnet       # sites ailleurs
      carnet build . -q                      # erreurs seulement

    Publiez un seul dossier de site (site/public/), jamais tout le dossier de sortie : voir `carnet export`.
cli-help-build-arg-journal = Le dossier du carnet (qui contient carnet.toml)
cli-help-build-arg-out = Dossier de sortie [par défaut : CARNET/site]. carnet en est le maître : il refuse un dossier non vide qu'il n'a pas créé
cli-help-build-arg-cache = Dossier du cache d'images [par défaut : $CARNET_CACHE, sinon carnet/<carnet> dans le dossier de cache de l'utilisateur]
cli-help-build-arg-passphrase-file = Fichier des phrases de passe des sites protégés (`protect = true`), hors du carnet : une ligne `site = phrase de passe` chacun, plusieurs lignes par site permises (`community/garantie-jeunes = …`). Les variables CARNET_PASSPHRASE_<SITE> s'y ajoutent
cli-help-build-arg-identity = Le fichier d'identité du programme, qui ouvre contributions/*.carnet [par défaut : $CARNET_IDENTITY, sinon identity.age dans le dossier privé de carnet]. Jamais dans le carnet
cli-help-check-about = Vérifie un carnet sans rien écrire : les erreurs, et ce dont une construction avertit
cli-help-check-after =
    Exemples :
      carnet check                           # le carnet du dossier courant
      carnet check example-journal --deny-warnings
      carnet check . --format json | jq -r .code

    Avertissements : missing-alt (photo sans texte alternatif), unlisted-photo (une photo du dossier
    absente de `photos = [...]`), hidden-in-story (une histoire racontée avec des expériences
    moins visibles), no-skill (une expérience sans compétence), hidden-by-profile (un profil
    moins visible que ses éléments). JSON : un objet par ligne et par diagnostic, avec
    severity, code, message, help, file, line, column, end_column (docs/diagnostics.md).

    Codes de sortie : 0 aucune erreur (avertissements permis), 1 des erreurs (ou des avertissements
    avec --deny-warnings), 2 le carnet ne peut pas être lu du tout.
cli-help-check-arg-journal = Le dossier du carnet (qui contient carnet.toml)
cli-help-check-arg-format = Comment afficher les diagnostics (human : messages avec un repère sous l'endroit ; json : un objet JSON par ligne)
cli-help-check-arg-deny-warnings = Échouer (code 1) sur les avertissements aussi
cli-help-init-about = Commence un nouveau carnet : carnet.toml, un apprenant, une expérience d'exemple et une histoire
cli-help-init-after =
    Exemples :
      carnet init mon-carnet --learner "Inès"
      carnet init                            # dans le dossier courant, s'il est vide
      carnet init my-journal --language en
      carnet init garantie-jeunes --group "Garantie Jeunes 2026"   # le carnet d'un conseiller pour un groupe

    Tout ce qu'il écrit est privé : rien n'est partagé tant que vous ne changez pas une `visibility`.
    Il refuse un dossier qui n'est pas vide.
cli-help-init-arg-dir = Le dossier du nouveau carnet (créé s'il manque ; doit être vide)
cli-help-init-arg-learner = Le nom de l'apprenant (son dossier en est tiré)
cli-help-init-arg-group = Le carnet d'un conseiller pour un groupe, ainsi nommé (pas encore d'apprenant : ajoutez-les avec carnet add). Demandé dans un terminal quand ni --learner ni --group n'est donné
cli-help-init-arg-language = La langue des sites, des commentaires et des messages de carnet
cli-help-add-about = Ajoute un apprenant, une liste d'apprenants, un groupe ou un référent à un carnet
cli-help-add-after =
    Exemples :
      carnet add referent "Nelly Martin" --role "conseillère"
      carnet add group garantie-jeunes --name "Garantie Jeunes 2026"
      carnet add learner "Inès Benali" --group garantie-jeunes --referent nelly
      carnet add learners eleves.csv --group garantie-jeunes --referent nelly

    Tout ce que reçoit un apprenant est privé. carnet.toml garde ses commentaires et sa mise en page.
    Rien n'est écrit quand quelque chose ne va pas (une liste : quand une ligne ne va pas).
cli-help-add-arg-journal = Le dossier du carnet [par défaut : celui qui contient le dossier courant]
cli-help-add-learner-about = Un apprenant : learners/<prénom>/profile.md, privé
cli-help-add-learner-after =
    Exemples :
      carnet add learner "Inès Benali" --group garantie-jeunes --referent nelly
      carnet add learner "Léa Moreau" --key RWQ…   # accepter ses partages signés avec cette clé

    Son adresse est son prénom (ines) ; une deuxième Léa reçoit lea-m, puis lea-moreau.
cli-help-add-learner-arg-name = Son prénom et son nom
cli-help-add-learner-arg-group = Un groupe dont elle fait partie (un identifiant de carnet.toml, ou son nom) ; à répéter pour plusieurs
cli-help-add-learner-arg-referent = Son conseiller (un identifiant de carnet.toml, ou son nom)
cli-help-add-learner-arg-key = Sa clé publique de signature (minisign, RW…) : ses partages sont alors acceptés
cli-help-add-learners-about = Toute une liste d'apprenants, depuis un fichier CSV tel qu'un tableur l'exporte
cli-help-add-learners-after =
    Exemples :
      carnet add learners eleves.csv --group garantie-jeunes --referent nelly

    Un apprenant par ligne : prénom, nom, groupe (facultatif quand --group est donné).
    Une ligne d'en-tête (Prénom;Nom;Groupe, dans n'importe quel ordre) est facultative. Séparateurs ; , ou tabulation ;
    UTF-8 ou Windows-1252. Si une ligne ne va pas, rien n'est écrit.
cli-help-add-learners-arg-file = Le fichier CSV
cli-help-add-learners-arg-group = Le groupe des lignes qui n'en nomment aucun (un identifiant de carnet.toml, ou son nom)
cli-help-add-learners-arg-referent = Leur conseiller (un identifiant de carnet.toml, ou son nom)
cli-help-add-group-about = Un groupe ([[groups]] de carnet.toml)
cli-help-add-group-after =
    Exemples :
      carnet add group garantie-jeunes --name "Garantie Jeunes 2026"
      carnet add group entreprises --name "Entreprises partenaires" --kind employers
cli-help-add-group-arg-slug = Son identifiant : lettres minuscules, chiffres et tirets (l'adresse de son site)
cli-help-add-group-arg-name = Son nom, tel qu'affiché
cli-help-add-group-arg-kind = Qui en fait partie
cli-help-add-referent-about = Un référent ([[referents]] de carnet.toml) et son dossier professionals/<identifiant>/
cli-help-add-referent-after =
    Exemples :
      carnet add referent "Nelly Martin" --role "conseillère"
      carnet add referent "Karim Haddad" --role "éducateur" --slug karim-h
cli-help-add-referent-arg-name = Son prénom et son nom
cli-help-add-referent-arg-role = Comment les apprenants l'appellent (« Toi et ta conseillère Nelly »)
cli-help-add-referent-arg-slug = Son identifiant [par défaut : son prénom]
cli-help-new-about = Crée une nouvelle expérience d'un apprenant, et affiche le chemin de son index.md
cli-help-new-after =
    Exemples :
      carnet new ines "Stage à la boulangerie" ~/Photos/IMG_2041.jpg ~/Photos/IMG_2042.jpg
      carnet new ines "Visite du port" --journal ~/carnet
      $EDITOR "$(carnet new ines 'Atelier CV')"

    Le dossier est <date>-<titre> : la date est celle de la prise de vue de la première photo (EXIF), sinon
    celle du jour. L'expérience est privée. Les photos sont copiées sous des noms sûrs ; rien n'est jamais
    écrasé. Le chemin du nouvel index.md est affiché sur la sortie standard, seul.
cli-help-new-arg-learner = L'apprenant (le nom de son dossier dans learners/)
cli-help-new-arg-title = Le titre de l'expérience
cli-help-new-arg-photos = Les photos à y copier (JPEG, PNG ou WebP), dans l'ordre
cli-help-new-arg-journal = Le dossier du carnet [par défaut : celui qui contient le dossier courant]
cli-help-export-about = Zippe un site à mettre en ligne, ou le carnet et le site privé d'un apprenant, à emporter
cli-help-export-after =
    Exemples :
      carnet export example-journal --site public                  # example-journal-public.zip
      carnet export . --site community/garantie-jeunes -o groupe.zip
      carnet export . --learner ines                               # carnet-ines.zip

    --site zippe ce seul dossier de site (ses fichiers à la racine du zip) : la façon sûre de
    publier un site et rien d'autre. --learner zippe le dossier de l'apprenant dans le carnet
    (avec skills.toml, themes/ et un carnet.toml qui ne garde que ses groupes et son référent,
    sans mots de passe ni le dossier du conseiller) sous journal/, et le site privé que ce
    carnet construit sous site/ ; il ne construit que son dossier. La même entrée donne les mêmes
    octets (dates et ordre fixes).
cli-help-export-arg-journal = Le dossier du carnet (qui contient carnet.toml)
cli-help-export-arg-site = Le site à zipper : public, community/<groupe>, referent/<identifiant> ou private/<apprenant>
cli-help-export-arg-learner = L'apprenant dont zipper le dossier du carnet et le site privé
cli-help-export-arg-output = Le zip à écrire [par défaut : <carnet>-<site>.zip, ou carnet-<apprenant>.zip, dans le dossier courant]. Remplacé s'il existe
cli-help-export-arg-out = Dossier de sortie de la construction [par défaut : CARNET/site]
cli-help-export-arg-cache = Dossier du cache d'images [par défaut : $CARNET_CACHE, sinon carnet/<carnet> dans le dossier de cache de l'utilisateur]
cli-help-export-arg-passphrase-file = Fichier des phrases de passe des sites protégés, hors du carnet (comme pour `carnet build`) : un site protégé est zippé scellé
cli-help-completions-about = Affiche un script de complétion pour un shell
cli-help-completions-after =
    Exemples :
      carnet completions bash > ~/.local/share/bash-completion/completions/carnet
      carnet completions zsh > ~/.zfunc/_carnet       # avec fpath+=~/.zfunc dans ~/.zshrc
      carnet completions fish > ~/.config/fish/completions/carnet.fish
cli-help-completions-arg-shell = Le shell
cli-help-man-about = Affiche la page de manuel (roff) de carnet, ou écrit une page par commande
cli-help-man-after =
    Exemples :
      carnet man | man -l -
      carnet man --dir ~/.local/share/man/man1     # carnet.1, carnet-build.1, ...
cli-help-man-arg-dir = Écrire carnet.1 et une page par commande (carnet-build.1, ...) dans ce dossier au lieu d'afficher la page principale
cli-help-serve-about = Montre en direct le site de chaque public, et écrit les nouvelles expériences d'un formulaire
cli-help-serve-after =
    Exemples :
      carnet serve                           # le carnet de ce dossier, sur http://127.0.0.1:1111/
      carnet serve example-journal -p 8000   # un autre carnet, un autre port
      carnet serve . --lan                   # aussi pour les téléphones du même Wi-Fi : un lien personnel chacun
      carnet serve . --lan --cards ../cartes.html   # les cartes des liens, à imprimer
      carnet serve . --lan --new-links ines  # un nouveau lien pour Inès (l'ancien cesse de marcher)

    Il n'écrit jamais dans le dossier de sortie ; c'est `carnet build` qui publie.
cli-help-serve-arg-journal = Le dossier du carnet (qui contient carnet.toml) [par défaut : le dossier courant]
cli-help-serve-arg-port = Le port à écouter ; s'il est pris, les suivants sont essayés
cli-help-serve-arg-lan = Écouter aussi sur les adresses réseau de cette machine, pour les téléphones du même Wi-Fi : chaque apprenant et chaque référent reçoit son propre lien (voir ses cartes à /_carnet/cards sur cette machine), qui n'ouvre que ce qui est à lui ; les requêtes sans lien sont refusées. Les liens sont gardés hors du carnet et survivent à un redémarrage
cli-help-serve-arg-new-links = Avec --lan : de nouveaux liens pour tout le monde, ou pour une personne (l'identifiant d'un apprenant ou d'un référent) ; les anciens cessent de marcher
cli-help-serve-arg-cards = Avec --lan : écrire les cartes imprimables des liens (A4, une par personne) dans FICHIER, hors du carnet
cli-help-serve-arg-cache = Dossier du cache d'images [par défaut : $CARNET_CACHE, sinon carnet/<carnet> dans le dossier de cache de l'utilisateur]
cli-help-share-about = Écrit le fichier à envoyer à votre programme : seulement ce que votre conseiller et vos groupes peuvent voir
cli-help-share-after =
    Exemples :
      carnet share --dry-run          # ce qui partirait, en clair ; n'écrit rien
      carnet share                    # ines-2026-12-06.carnet dans le dossier courant
      carnet share mon-carnet -o ~/Envois/

    Seuls partent votre profil, vos expériences et vos histoires dont la visibilité permet à votre
    conseiller ou à vos groupes de les voir, avec leurs photos réencodées (pas de GPS, pas de données
    d'appareil, jamais l'original). Les éléments privés, leurs titres, dossiers et photos restent dans
    votre dossier. Le fichier est chiffré pour les clés de votre programme ([programme] recipients =
    {"["}"age1…"] dans carnet.toml, ou --to) et signé avec votre clé (créée à la première utilisation,
    hors de votre carnet : donnez sa clé publique à votre conseiller).
cli-help-share-arg-journal = Le dossier de votre carnet
cli-help-share-arg-learner = Quel apprenant du carnet [par défaut : son seul apprenant]
cli-help-share-arg-dry-run = Dire ce qui partirait et ce qui reste, et ne rien écrire
cli-help-share-arg-to = La clé publique d'un programme (age1…) pour qui chiffrer, en plus de celles de carnet.toml
cli-help-share-arg-unencrypted = Écrire le fichier en clair : seulement pour le remettre en main propre
cli-help-share-arg-key = Votre fichier de clé de signature [par défaut : $CARNET_SIGNING_KEY, sinon signing.key dans le dossier privé de carnet, créé à la première utilisation] ; jamais dans le carnet
cli-help-share-arg-out = Où écrire : un fichier, ou un dossier [par défaut : le dossier courant]
cli-help-keys-about = Les clés pour partager des carnets avec un programme
cli-help-keys-after =
    Exemples :
      carnet keys new                 # l'identité du programme (un conseiller, une fois)
      carnet keys new --learner       # la clé de signature d'un apprenant (carnet share en crée une aussi)
      carnet keys new --issuer        # la clé du programme qui signe les attestations
cli-help-keys-new-about = Crée une clé, gardée hors de tout carnet, et affiche sa partie publique
cli-help-keys-new-after =
    Exemples :
      carnet keys new                 # l'identité du programme ; affiche age1… pour les apprenants
      carnet keys new --learner       # la clé de signature d'un apprenant ; affiche RW… pour le conseiller
      carnet keys new --issuer        # signe les attestations ; affiche [issuer] pour carnet.toml

    L'identité du programme (identity.age), la clé de signature d'un apprenant (signing.key) et
    la clé d'émetteur (issuer/<clé publique>.key) vont dans le dossier privé de carnet ($CARNET_HOME,
    sinon carnet/ dans votre dossier de configuration), lisible par vous seul, jamais dans un
    carnet. Il ne remplace jamais une clé existante.
cli-help-keys-new-arg-learner = Créer la clé de signature d'un apprenant au lieu de l'identité d'un programme
cli-help-keys-new-arg-issuer = Créer la clé du programme qui signe les attestations (Ed25519), pour `carnet attest`
cli-help-keys-new-arg-out = Le fichier à écrire [par défaut : $CARNET_IDENTITY ou $CARNET_SIGNING_KEY, sinon le dossier privé de carnet]
cli-help-keys-new-arg-journal = Un carnet dont la clé doit rester en dehors
cli-help-contributions-about = Les contributions des apprenants qui gardent leur carnet dans leur propre dossier
cli-help-contributions-after =
    Exemples :
      carnet contributions accept ines            # retient la clé du partage le plus récent d'ines
      carnet contributions accept ines --new-key  # elle a changé de clé (vérifié avec elle)
cli-help-contributions-accept-about = Accepte la clé avec laquelle est signée la contribution la plus récente d'un apprenant
cli-help-contributions-accept-after =
    Exemples :
      carnet contributions accept ines
      carnet contributions accept ines mission-locale --identity ~/cles/programme.age

    Comparez la clé affichée avec celle que l'apprenante lit sur son écran (en personne ou
    par téléphone) avant de faire confiance à ses contributions.
cli-help-contributions-accept-arg-learner = L'apprenant (son adresse, comme dans le nom du fichier de son partage)
cli-help-contributions-accept-arg-journal = Le carnet du programme
cli-help-contributions-accept-arg-identity = Le fichier d'identité du programme [par défaut : $CARNET_IDENTITY, sinon identity.age dans le dossier privé de carnet]
cli-help-contributions-accept-arg-new-key = Remplacer la clé déjà acceptée pour cet apprenant
cli-help-attest-about = Signe (ou révoque) l'attestation des compétences d'une expérience
cli-help-attest-after =
    Exemples :
      carnet attest ines 2021-03-30-stage-animalerie --skills rigueur,autonomie \
          --by Julien --role tuteur --organisation "Animalerie des Arches" \
          --quote "Toujours à l'heure, et attentive aux animaux."
      carnet attest ines 2021-03-30-stage-animalerie --revoke --skills rigueur

    La clé est lue dans --key, sinon CARNET_ISSUER_KEY, sinon le dossier des secrets de carnet
    (où carnet keys new --issuer l'a écrite) ; jamais dans le carnet. Chaque compétence
    reçoit sa propre attestation, credentials/<compétence>.json dans le dossier de l'expérience, liée
    au titre, à la date, au texte, aux compétences et aux photos de l'expérience : une modification faite ensuite
    apparaît comme « attestation à renouveler ».
cli-help-attest-arg-learner = L'apprenant (le nom de son dossier dans learners/)
cli-help-attest-arg-experience = L'expérience (le nom de son dossier dans experiences/)
cli-help-attest-arg-skills = Les compétences attestées, par identifiant, séparées par des virgules [par défaut : toutes celles de l'expérience]
cli-help-attest-arg-by = Qui atteste (le tuteur ou l'employeur qui a vu l'apprenant au travail)
cli-help-attest-arg-role = Son rôle (« tuteur », « cheffe d'équipe »)
cli-help-attest-arg-organisation = Son organisation
cli-help-attest-arg-quote = Ses mots, une phrase ou deux
cli-help-attest-arg-date = Quand il a attesté, AAAA-MM-JJ [par défaut : aujourd'hui]
cli-help-attest-arg-revoke = Révoquer plutôt les attestations signées de l'expérience (de --skills, sinon toutes)
cli-help-attest-arg-key = Le fichier de clé du programme [par défaut : <dossier des secrets>/issuer/<clé publique>.key]
cli-help-attest-arg-journal = Le dossier du carnet [par défaut : celui qui contient le dossier courant]

## Command line: errors in the arguments

cli-error-line = erreur: { $message }
cli-error-unknown-argument = argument inattendu « { $arg } »
cli-error-unknown-command = commande inconnue « { $command } »
cli-error-empty-value = « { $arg } » attend une valeur, qui ne peut pas être vide
cli-error-invalid-value = valeur « { $value } » invalide pour « { $arg } »
cli-error-not-a-number = valeur invalide pour « { $arg } » : « { $value } » n'est pas un nombre entier
cli-error-missing-argument = il manque un argument obligatoire : { $args }
cli-error-missing-command = « { $command } » attend une commande : { $commands }
cli-error-conflict = « { $arg } » ne peut pas aller avec « { $other } »
cli-error-no-equals = « { $arg } » attend sa valeur après un signe égal (« { $arg }=… »)
cli-error-too-many-values = valeur en trop pour « { $arg } » : « { $value } »
cli-error-number-of-values = « { $arg } » attend { $expected ->
    [one] { $expected } valeur
   *[other] { $expected } valeurs
}, { $given ->
    [one] { $given } donnée
   *[other] { $given } données
}
cli-error-invalid-utf8 = un argument n'est pas un texte UTF-8 valide
cli-error-other = les arguments de la commande ne vont pas
cli-error-did-you-mean = conseil : vouliez-vous dire « { $suggestion } » ?
cli-error-possible-values = valeurs possibles : { $values }
cli-error-possible-commands = commandes possibles : { $commands }
cli-error-as-value = conseil : pour passer « { $arg } » comme valeur, écrivez « { $command } »
cli-error-try = conseil : essayez « { $command } »
cli-error-usage = Utilisation : { $usage }
cli-error-more = Pour en savoir plus, essayez « --help ».

## Messages: build, check, serve and export commands

cli-build-where =
    sortie : { $out }
    cache d'images : { $cache }
cli-failed-nothing-written = carnet : { $errors ->
        [one] { $errors } erreur
       *[other] { $errors } erreurs
    } ; rien n'a été écrit, les sites déjà construits sont inchangés
cli-summary-built = carnet : { $sites ->
        [one] { $sites } site
       *[other] { $sites } sites
    }, { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }, { $photos ->
        [one] { $photos } photo
       *[other] { $photos } photos
    } ({ $files ->
        [one] { $files } fichier image
       *[other] { $files } fichiers image
    } : { $made ->
        [one] { $made } fait
       *[other] { $made } faits
    }, { $cached } repris du cache ; JPEG : { $codec }) en { $seconds } s
cli-summary-site = { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }
cli-summary-site-sealed = { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    } (scellé : chiffré, lisible avec une phrase de passe)
cli-summary-contributions = contributions lues :
cli-summary-contribution = { $file } : { $learner }, partagé le { $day }, { $items ->
        [one] { $items } élément
       *[other] { $items } éléments
    }
cli-summary-contribution-replaced = { $file } : { $learner }, partagé le { $day } : remplacé par un partage plus récent
cli-summary-changed = sortie : { $changed ->
        [one] { $changed } fichier changé
       *[other] { $changed } fichiers changés
    } sur { $files } (ajoutés, remplacés ou supprimés)
cli-summary-publish = publier { $site }/ seulement : { $all } contient tous les sites, privés compris ; ne le mettez jamais en ligne en entier
cli-summary-open = ouvrir : { $page }
cli-summary-decoded = photos décodées : { $decoded }
cli-summary-warnings-hint = { $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    } plus haut : des conseils, pas des erreurs ; tous les sites ont été construits. Pour les relire : { $command }
cli-privacy-none = confidentialité : { $photos ->
        [one] { $photos } photo
       *[other] { $photos } photos
    }, aucune ne portait de métadonnées privées
cli-privacy-removed = confidentialité : sur { $photos ->
        [one] { $photos } photo
       *[other] { $photos } photos
    }, { $found } — tout a été retiré ; aucune photo originale n'est publiée
cli-privacy-gps = { $count } une position GPS
cli-privacy-serial = { $count } un numéro de série
cli-privacy-owner = { $count } le nom du propriétaire
cli-privacy-camera = { $count } le modèle d'appareil
cli-privacy-date = { $count } la date de prise de vue
cli-privacy-xmp = { $count } des métadonnées XMP
cli-privacy-profile = { $count } un profil de couleur (appliqué)
cli-check-count = carnet check : { $errors ->
        [one] { $errors } erreur
       *[other] { $errors } erreurs
    }, { $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    }
cli-serve-port-taken = carnet serve : le port { $port } est pris, j'utilise le suivant de libre
cli-serve-open = carnet serve : ouvrir { $url }  (Ctrl-C pour arrêter)
cli-serve-links = carnet serve : { $count ->
        [one] { $count } lien personnel
       *[other] { $count } liens personnels
    } pour les téléphones du réseau ; leurs cartes à imprimer : { $cards }
cli-serve-cards-written = carnet serve : cartes écrites dans { $file } (elles contiennent les liens : ne les laisse pas traîner)
cli-serve-renewed = carnet serve : nouveau lien de { $name } : { $link }
cli-serve-new-link = carnet serve : lien personnel de { $name }, nouveau dans le carnet : { $link }  (sa carte est aussi sur la page des cartes)
cli-serve-new-person = carnet serve : { $name }, nouveau dans le carnet, a son lien personnel (sa carte est sur la page des cartes)
cli-serve-built = carnet serve : construit, { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    } en { $seconds } s
cli-serve-rebuilt = carnet serve : reconstruit, { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    } en { $seconds } s
cli-serve-last-good = carnet serve : le dernier site correct reste servi ; corrige le fichier et enregistre
cli-serve-wrote = carnet serve : nouvelle expérience { $dir }
cli-serve-watch-failed = carnet serve : la surveillance du carnet a échoué : { $error }
cli-serve-stopped = carnet serve : arrêté
cli-export-say-what = dis quoi exporter : --site ou --learner
cli-export-inside = { $dest } est dans { $guarded }, qui est exporté : écris le zip ailleurs (-o)
cli-export-written = zip : { $dest } ({ $files ->
        [one] { $files } fichier
       *[other] { $files } fichiers
    }, { $kb } Ko)
cli-export-unknown-site = site `{ $site }` inconnu (ce carnet a : { $all })
cli-export-unknown-site-near = site `{ $site }` inconnu (ce carnet a : { $all }) ; vouliez-vous dire `{ $near }` ?
cli-export-unknown-learner = apprenant `{ $learner }` inconnu (le carnet a : { $all })

## Messages: loading and checking a journal



## Messages: building, images and the summary



## Messages: commands (init, new, add, keys, attest, share, export, serve)


