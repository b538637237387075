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

# Interface strings the templates read as `t.name` (`page-name-in-words`).
page-skip = Aller au contenu
page-home = Accueil
page-learners = Les carnets
page-learners-one = Le carnet
page-learners-own = Mon carnet
page-latest = Dernières expériences
page-no-learner = Aucun carnet n'est visible ici pour l'instant.
page-no-experience = Aucune expérience n'est visible ici pour l'instant.
page-portrait = Portrait
page-path = Mon parcours
page-skills = Mes compétences
page-skills-shown = Les compétences montrées
page-stories = Mes récits
page-proofs-one = preuve
page-proofs-many = preuves
page-proven-by = Prouvée par
page-declared = déclaré par moi
page-talents-title = Talents
page-pros-title = Les professionnels
page-pros-intro = Les conseillers, formateurs et tuteurs qui accompagnent les jeunes, et ce qu'ils partagent : ateliers, retours, offres d'immersion.
page-pro-label = Professionnel
page-pro-posts = Les publications des professionnels
page-pro-post-label = Post d'un professionnel
page-no-post = Aucun post n'est visible ici pour l'instant.
page-home-pros = Du côté des professionnels
page-see-pros = Toutes les publications des professionnels
page-atom-link = Flux Atom
page-talents-intro = Les compétences que les jeunes prouvent par leurs expériences : pour chacune, qui la prouve, et par quoi. Les preuves attestées par un tuteur ou un employeur viennent en premier.
page-talents-link = Trouver des talents par compétence
page-talents-empty = Aucune compétence n'est prouvée ici pour l'instant.
page-talents-reference = Référence
page-talents-experiences = Voir ces expériences
page-attested-by = attesté par
page-attested-by-cap = Attesté par
page-attested-at = chez
page-attested-on = le
page-attested = attestée
page-attestation = Attestation
page-declared-words = déclaré, non vérifié
page-renew = attestation à renouveler : l'expérience a changé depuis
page-verify = Vérifier
page-photos = Photos
page-photo = photo
page-photos-lower = photos
page-place = Lieu
page-date = Date
page-tags = Mots-clés
page-skills-used = Compétences mobilisées
page-kind = Type
page-back-portrait = Retour au portrait
page-story = Récit
page-in-story = Dans ce récit
page-experiences = expériences
page-experience = expérience
page-open-large = Voir la photo en grand
page-close = Fermer
page-previous = Précédente
page-next = Suivante
page-who-can-see = Qui peut voir ce site ?
page-levels-title = Qui peut voir quoi ?
page-levels-link = Comprendre les niveaux de partage
page-made-with = Fait avec carnet
page-a11y-title = Déclaration d'accessibilité
page-a11y-none = Accessibilité : non conforme
page-a11y-partial = Accessibilité : partiellement conforme
page-a11y-full = Accessibilité : totalement conforme
page-member-of = Membre de
page-followed-by = Accompagné·e par
page-filter-all = Toutes
page-filter-all-m = Tous
page-filter-from-any = Le début
page-filter-to-any = Aujourd'hui
page-filters = Filtrer les expériences
page-visibility = Visibilité
page-share = Partager
page-all-experiences = Toutes les expériences
page-see-all = Voir toutes les expériences
page-filter-kind = Type
page-filter-skill = Compétence
page-filter-learner = Personne
page-filter-tag = Mot-clé
page-filter-group = Groupe
page-filter-from = Depuis
page-filter-to = Jusqu'à
page-search = Rechercher
page-search-hint = Un mot, sans souci des accents
page-browse = Parcourir sans filtre
page-facet-feed = Filtrer parmi toutes les expériences
page-shown = expériences affichées
page-reset = Tout afficher
page-resume = Mon CV au format JSON Resume

# What carnet writes into the pages with the journal's words (`site-`), formatted
# by the code: banners, dates, kinds, visibility labels, levels, counts, attestations.
site-banner-public = Site public : visible par tout le monde sur internet
site-banner-community = Site du groupe { $reader } : visible par ses membres
site-banner-referent = Site du suivi — { $reader } : visible par { $reader } seulement
site-banner-private = Ton carnet privé — { $reader } : visible par toi seul
site-month-1 = janvier
site-month-2 = février
site-month-3 = mars
site-month-4 = avril
site-month-5 = mai
site-month-6 = juin
site-month-7 = juillet
site-month-8 = août
site-month-9 = septembre
site-month-10 = octobre
site-month-11 = novembre
site-month-12 = décembre
# « 31 mai 2021 », « 1er mars 2021 ».
site-date = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
# « 31 mai 2021 à 14:06 ».
site-date-time = { $date } à { $time }
site-kind-stage = Stage
site-kind-atelier = Atelier
site-kind-visite = Visite d'entreprise
site-kind-formation = Formation
site-kind-emploi = Emploi
site-kind-entretien = Entretien
site-kind-benevolat = Bénévolat
site-kind-forum = Forum
site-visibility-private = Visible par toi seul
# $gender: the role noun's gender as carnet guesses it (« ta conseillère », « ton
# tuteur »), `unknown` when the noun does not say (« psychologue »), `none` without
# a role.
site-visibility-referent = { $gender ->
    [none] Toi et { $name }, qui t'accompagne
    [unknown] Toi et { $name }, { $role }
    [feminine] Toi et ta { $role } { $name }
   *[masculine] Toi et ton { $role } { $name }
}
site-visibility-referent-unknown = Toi et la personne qui t'accompagne
site-visibility-community = Les membres du groupe { $groups }
site-visibility-community-unknown = Les membres de ton groupe
site-visibility-public = Tout le monde sur internet
# The same, short enough for a badge on a card.
site-visibility-short-referent = { $gender ->
    [feminine] { site-visibility-referent }
    [masculine] { site-visibility-referent }
   *[other] Toi et { $name }
}
site-visibility-short-group = Groupe { $groups }
site-visibility-short-groups = { $count } groupes
site-level = niveau { $level } sur 4
site-level-meaning = niveau { $level } sur 4 : { $level ->
    [1] je découvre
    [2] je fais avec de l'aide
    [3] je fais seul·e
   *[4] je peux l'apprendre à d'autres
}
site-count-experiences = { $count ->
    [one] { $count } expérience
   *[other] { $count } expériences
}
site-count-proofs = { $count ->
    [one] { $count } preuve
   *[other] { $count } preuves
}
site-attested-count = { $count ->
    [one] dont { $count } attestée
   *[other] dont { $count } attestées
}
site-attested-by = attesté par { $name }
site-attested-by-detail = attesté par { $name }, { $detail }
site-attested-by-role-at = attesté par { $name }, { $role } chez { $organisation }
site-verified-by = vérifié (signé par { $issuer })
site-verify-what = l'attestation signée ({ $skill })
site-badges-note = « Vérifier » ouvre une attestation signée par { $issuer } au format Open Badges 3.0, qu'un employeur peut faire contrôler par n'importe quel vérificateur Open Badges. Elle prouve que { $issuer } se porte garante de ce qu'un tuteur ou un employeur a constaté pendant l'expérience ; elle ne prouve pas que la compétence est maîtrisée.
site-facet-title = { $facet } : { $value }

# The page « Qui peut voir quoi ? » (visibility.html). Messages ending in `-html`
# are HTML written by carnet, printed as they are.
page-levels-visitor-lead-html = Chaque jeune qui tient ici son carnet de route choisit qui peut voir son profil, chacune de ses expériences et chacun de ses récits. Il y a quatre niveaux de partage.
page-levels-this-site-public-html = Ce site est public : il ne montre que ce que chaque jeune a choisi de montrer à tout le monde.
site-levels-this-site-employers = Ce site est celui du groupe { $reader }, un groupe d'employeurs : il ne montre que ce que les jeunes ont ouvert à ce groupe en le nommant, et ce qu'ils montrent à tout le monde.
site-levels-this-site-community = Ce site est celui du groupe { $reader } : il montre ce que les jeunes de ce groupe partagent avec lui, et ce qu'ils montrent à tout le monde.
site-levels-this-site-referent = Ce site est celui du suivi de { $reader } : il montre ce que les jeunes accompagnés par { $reader } partagent avec cet accompagnement, avec leur groupe ou avec tout le monde.
page-levels-visitor-private-title-html = Le jeune seul
page-levels-visitor-private-html = Personne d'autre ne voit ces pages : ni la personne qui l'accompagne, ni son groupe. C'est son brouillon, son journal intime.
page-levels-never-here-html = Jamais sur ce site
page-levels-shown-here-html = Montré sur ce site
page-levels-not-here-html = Pas sur ce site
page-levels-visitor-referent-title-html = Le jeune et la personne qui l'accompagne
page-levels-visitor-referent-html = Sa conseillère ou son conseiller (à la Mission locale par exemple) les voit aussi, pour en parler avec lui ou avec elle.
page-levels-visitor-community-title-html = Les membres de son groupe
page-levels-visitor-community-html = Les jeunes de son groupe (par exemple la Garantie Jeunes) et leurs conseillers les voient. Pas le reste d'internet.
page-levels-visitor-groups-html = Un jeune qui fait partie de plusieurs groupes choisit lesquels voient chaque page. Un groupe d'employeurs ne voit que ce qu'un jeune lui a ouvert en le nommant.
page-levels-visitor-groups-example-html = Exemple : une jeune est dans le groupe Garantie Jeunes et dans le groupe des employeurs partenaires. Elle ouvre son stage en animalerie aux employeurs partenaires, et garde la visite du refuge pour la Garantie Jeunes : chaque groupe ne voit que ce qu'elle lui a ouvert.
page-levels-public-title-html = Tout le monde sur internet
page-levels-visitor-public-html = N'importe qui peut les voir, par exemple un employeur à qui le jeune envoie le lien de son portrait.
page-levels-visitor-where-html = Une expérience ou un récit n'apparaît que là où le profil de son auteur apparaît aussi. Un récit ne montre que les expériences que son lecteur a le droit de voir. Les photos sont toujours recopiées sans leurs informations cachées (position GPS, appareil, date).
page-levels-own-lead-html = Chaque page de ton carnet (ton profil, une expérience, un récit) a un niveau de partage. C'est toi qui le choisis, avec la ligne <code>visibility</code>. Sans cette ligne, la page reste privée.
page-levels-own-private-title-html = Visible par toi seul
page-levels-own-private-html = <code>visibility = "private"</code> : personne d'autre ne la voit, ni ta conseillère, ni ton groupe. C'est ton brouillon, ton journal intime.
page-levels-own-private-example-html = Exemple : un entretien qui s'est mal passé et sur lequel tu veux encore réfléchir.
page-levels-own-referent-title-html = Toi et ta conseillère ou ton conseiller
page-levels-own-referent-html = <code>visibility = "referent"</code> : la personne qui t'accompagne (à la Mission locale par exemple) la voit aussi, pour en parler avec toi.
page-levels-own-referent-example-html = Exemple : un stage où tu as eu des difficultés et dont tu veux parler en rendez-vous.
page-levels-own-community-title-html = Les membres de ton groupe
page-levels-own-community-html = <code>visibility = "community"</code> : les jeunes de ton groupe (par exemple la Garantie Jeunes) et leurs conseillers la voient. Pas le reste d'internet.
page-levels-own-community-example-html = Exemple : la visite d'entreprise faite ensemble, pour partager tes photos avec le groupe.
page-levels-own-groups-html = <code>groups = [...]</code> : si tu es dans plusieurs groupes, tu choisis lesquels voient la page. Sans cette ligne, tous tes groupes la voient, sauf les groupes d'employeurs : ils ne voient que ce que tu leur ouvres en les nommant. Pour ton profil, la ligne s'appelle <code>shared_with</code> (car <code>groups</code> y dit de quels groupes tu fais partie).
page-levels-own-your-groups-html = Tes groupes :
page-levels-own-groups-example-html = Exemple : <code>visibility = "community"</code> et <code>groups = ["employeurs-partenaires"]</code> pour montrer ton stage aux employeurs partenaires sans le montrer à ton groupe de la Garantie Jeunes.
page-levels-own-public-html = <code>visibility = "public"</code> : n'importe qui peut la voir, par exemple un employeur à qui tu envoies le lien de ton portrait. Ne mets en public que ce que tu es fier ou fière de montrer.
page-levels-own-public-example-html = Exemple : ton stage en animalerie, avec les photos que tu veux montrer à un futur patron.
page-levels-own-where-html = Une expérience ou un récit n'apparaît que là où ton profil apparaît aussi. Un récit ne montre que les expériences que son lecteur a le droit de voir. Les photos sont toujours recopiées sans leurs informations cachées (position GPS, appareil, date).

# The accessibility statement (accessibility.html).
site-a11y-commitment = { $organisation } s'engage à rendre ses sites internet accessibles conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005.
page-a11y-commitment-html = La structure qui publie ce site s'engage à rendre ses sites internet accessibles conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005.
site-a11y-schema = Elle publie son <a href="{ $url }">schéma pluriannuel de mise en accessibilité</a>.
site-a11y-applies = Cette déclaration d'accessibilité s'applique au site « { $title } ».
page-a11y-status-title-html = État de conformité
# $status: `full`, `partial` or `none`; $audited: `yes` or `no`.
site-a11y-status = Ce site est <strong>{ $status ->
    [full] totalement conforme
    [partial] partiellement conforme
   *[none] non conforme
}</strong> avec le référentiel général d'amélioration de l'accessibilité (RGAA), version 4.1{ $audited ->
    [yes] {""}
   *[no] , car il n'a fait l'objet d'aucun audit de conformité
}.
page-a11y-results-title-html = Résultats des tests
site-a11y-audit-rate = L'audit de conformité réalisé le <time datetime="{ $iso }">{ $date }</time> révèle que { $rate } % des critères du RGAA version 4.1 sont respectés.
site-a11y-audit-rate-by = L'audit de conformité réalisé par { $auditor } le <time datetime="{ $iso }">{ $date }</time> révèle que { $rate } % des critères du RGAA version 4.1 sont respectés.
site-a11y-audit = Un audit de conformité a été réalisé le <time datetime="{ $iso }">{ $date }</time>.
site-a11y-audit-by = Un audit de conformité a été réalisé par { $auditor } le <time datetime="{ $iso }">{ $date }</time>.
page-a11y-no-audit-html = Aucun audit de conformité n'a été réalisé.
page-a11y-tool-title-html = Tests effectués par l'outil
page-a11y-tool-html = Ce site est produit par carnet, un logiciel libre. Ses développeurs vérifient, à chaque version et sur des sites d'exemple, ce qui suit. Ce sont des tests automatiques, pas un audit de ce site :
page-a11y-tool-vnu-html = la validité du code HTML des pages (validateur Nu Html Checker, vnu) ;
page-a11y-tool-axe-html = l'absence d'erreur détectée par axe-core, un outil de test automatique de l'accessibilité ;
page-a11y-tool-keyboard-html = la navigation au clavier, sans souris ;
page-a11y-tool-phone-html = l'affichage sur un écran de téléphone de 390 pixels de large.
page-a11y-contact-title-html = Retour d'information et contact
page-a11y-contact-html = Si vous n'arrivez pas à accéder à un contenu ou à un service de ce site, vous pouvez contacter le responsable du site pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme.
page-a11y-email-html = E-mail :
page-a11y-form-html = Formulaire de contact :
page-a11y-no-contact-html = Adressez-vous à la structure qui vous accompagne ou qui vous a donné l'adresse de ce site.
page-a11y-appeal-title-html = Voies de recours
page-a11y-appeal-html = Cette procédure est à utiliser dans le cas suivant : vous avez signalé au responsable du site un défaut d'accessibilité qui vous empêche d'accéder à un contenu ou à un service, et vous n'avez pas obtenu de réponse satisfaisante.
page-a11y-appeal-write-html = Écrire un message au Défenseur des droits : <a href="https://formulaire.defenseurdesdroits.fr/">formulaire.defenseurdesdroits.fr</a>
page-a11y-appeal-delegate-html = Contacter le délégué du Défenseur des droits dans votre région
page-a11y-appeal-post-html = Envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) :
page-a11y-appeal-address-html = Défenseur des droits<br>Libre réponse 71120<br>75342 Paris CEDEX 07


## carnet serve: pages, refusals and forms

# The preview's own pages, as `t.name` in its templates (`serve-page-name-in-words`).
serve-page-bar-region = Aperçu de carnet
serve-page-seen-as = Tu vois ton carnet comme le voit :
serve-page-switch = Voir
serve-page-group-public = Tout le monde
serve-page-group-community = Les groupes
serve-page-group-referent = L'accompagnement
serve-page-group-private = Les carnets privés
serve-page-new-experience = Nouvelle expérience
serve-page-edit-experience = Modifier cette expérience
serve-page-preview-note = Aperçu sur cet ordinateur : rien n'est publié.
serve-page-saved = C'est enregistré.
serve-page-error-kept = La page affichée est la dernière version sans erreur. Corrige le fichier et enregistre : la page se met à jour toute seule.
serve-page-line = ligne
serve-page-column = colonne
serve-page-help = Conseil :
serve-page-back = Revenir à la page d'avant
serve-page-levels = Comprendre qui peut voir quoi
serve-page-form-intro = Raconte ce que tu as vécu : une photo, quelques mots, les compétences que tu as montrées. Tu choisis qui peut la voir.
serve-page-edit-intro = Change ce que tu veux : le reste du fichier (photos, commentaires) ne bouge pas.
serve-page-form-not-saved = Rien n'a été enregistré.
serve-page-form-for = Dans le carnet de
serve-page-form-other-learner = choisir un autre carnet
serve-page-photos = Tes photos
serve-page-photos-hint = Une photo de ce que tu as fait, vu ou fabriqué (JPEG, PNG ou WebP). Elle reste dans ton carnet ; les sites n'en montrent qu'une copie sans ses données cachées (lieu, appareil).
serve-page-more-photos = Ajouter d'autres photos
serve-page-photo = Photo
serve-page-alt = Décris cette photo
serve-page-alt-hint = En quelques mots, pour qui ne peut pas la voir : « Un chat tigré sur le comptoir ».
serve-page-title = Titre
serve-page-title-hint = Par exemple : Stage dans une boulangerie.
serve-page-date = Date
serve-page-date-hint = Laisse vide pour prendre la date de la photo, ou celle d'aujourd'hui.
serve-page-date-hint-js = Aujourd'hui, ou la date de la photo quand elle la connaît.
serve-page-date-from-photo = Date lue dans la photo. Tu peux la changer.
serve-page-date-hint-edit = Le jour de l'expérience.
serve-page-place = Lieu
serve-page-place-hint = L'entreprise, la ville : « Boulangerie Martin, Givors ».
serve-page-kind = Type d'expérience
serve-page-kind-none = — Choisir —
serve-page-tags = Mots-clés
serve-page-tags-hint = Sépare-les par des virgules : cuisine, équipe.
serve-page-body = Raconte
serve-page-body-hint = Ce que tu as fait, ce que tu as appris, ce qui t'a plu.
serve-page-skills = Les compétences que tu as montrées
serve-page-who = Qui peut voir cette expérience ?

# The preview's bar and error panel.
serve-errors-to-fix = { $count ->
    [1] Le carnet a une erreur à corriger
   *[other] Le carnet a { $count } erreurs à corriger
}
# Who the bar shows the carnet as seen by, after « Tu vois ton carnet comme le voit : ».
serve-seen-as-public = tout le monde sur internet
serve-seen-as-group = le groupe { $reader }
serve-seen-as-programme = le programme de { $reader }
serve-seen-as-private = { $reader } (carnet privé)
# The referent, in the words of the badge (see site-visibility-referent).
serve-seen-as-referent = { $gender ->
    [none] { $name }, qui t'accompagne
    [unknown] { $name }, { $role }
    [feminine] ta { $role } { $name }
   *[masculine] ton { $role } { $name }
}

# The capture form: hints under the visibilities, and why a form was refused.
serve-form-hint-private = Personne d'autre ne la voit. C'est le choix si tu hésites.
serve-form-hint-referent = Pour en parler pendant ton accompagnement.
serve-form-hint-community = Pour la partager avec ton groupe.
serve-form-hint-public = N'importe qui peut la trouver et la lire, un employeur aussi.
serve-form-csrf = Le formulaire a expiré : recharge-le et réessaie.
serve-form-too-large = « { $name } » est trop lourde (au plus { $mb } Mo). Choisis une photo plus petite, ou réduis-la avant de l'envoyer.
serve-form-malformed = Le formulaire est arrivé incomplet. Réessaie.
serve-form-bad-date = « { $date } » n'est pas une date : choisis un jour dans le calendrier.

# Writing an experience from the preview: the form's pages and refusals.
serve-new-experience = Nouvelle expérience
serve-edit-experience = Modifier l'expérience
serve-save-experience = Enregistrer l'expérience
serve-save-changes = Enregistrer les changements
serve-not-yours-title = Tu ne peux écrire que dans ton carnet
serve-not-yours = Ce formulaire visait le carnet de quelqu'un d'autre : rien n'a été écrit. Pour ajouter une expérience à ton carnet, utilise « Nouvelle expérience » en haut de la page.
serve-stale-form-title = Le formulaire a expiré
serve-stale-form = Rien n'a été enregistré. Reviens en arrière avec le bouton « Précédent » de ton navigateur : ton texte y est encore. Copie-le, recharge le formulaire, colle-le et enregistre à nouveau.
serve-reload-form = Recharger le formulaire
serve-form-waits = Le formulaire attend que le carnet se lise
serve-choose-learner = Choisis le carnet où l'écrire :
serve-no-learner-yet = Le journal n'a encore aucun carnet : crée d'abord un dossier learners/<prénom>/ avec un profile.md.
serve-cannot-edit-title = Cette expérience ne peut pas être modifiée ici
serve-author-no-title = Donne un titre à ton expérience.
serve-author-not-a-photo = « { $name } » n'est pas une photo JPEG, PNG ou WebP. Choisis une autre image.
serve-author-bad-photo = « { $name } » : { $reason }. Choisis une autre photo, ou envoie-la à nouveau.
# $what: the kind of character (« un caractère invisible »); $code: its code, in hexadecimal.
serve-author-forbidden-character = { $field } contenait { $what } (U+{ $code }), souvent venu d'un copier-coller. Il a été retiré : vérifie le texte, puis enregistre à nouveau.
serve-author-text-too-long = Le texte est trop long pour un seul fichier (plus de 1 Mio) : coupe-le en plusieurs expériences.
serve-author-outside-journal = Ce carnet est un lien qui mène hors du dossier du journal : rien n'a été écrit. Demande à la personne qui gère le journal de le remettre dans le dossier.
serve-edit-changed-meanwhile = Le fichier de cette expérience a changé depuis que tu as ouvert le formulaire (dans un éditeur ?). Rien n'a été écrit : recharge le formulaire pour repartir de la nouvelle version.
serve-edit-outside-journal = Cette expérience est un lien qui mène hors du dossier du journal : elle ne peut pas être modifiée ici, et rien n'a été écrit.
serve-write-interrupted = l'écriture a été interrompue ; rien n'a été écrasé
serve-edit-interrupted = l'écriture a été interrompue ; le fichier est resté tel quel
serve-refused-token = refusé : le jeton de sécurité manque ou ne correspond pas
serve-no-experience-named = aucune expérience n'est nommée

# The preview's refusals and waiting pages.
serve-refused-not-yours-title = Cette page ne fait pas partie de ton carnet
serve-refused-not-yours = Ton lien ouvre ton carnet, les sites de tes groupes et le site public. Pour revenir à ton carnet, utilise le bouton ci-dessous.
serve-refused-no-link-title = Il faut ton lien personnel
serve-refused-no-link = Pour ouvrir ton carnet, scanne le QR code de ta carte ou tape toute l'adresse qu'elle porte. Si ta carte ne marche plus, demande une nouvelle carte à la personne qui anime l'atelier.
serve-back-to-my-logbook = Revenir à mon carnet
serve-refused-other-origin = refusé : carnet serve ne répond qu'à ses propres pages
serve-link-from-elsewhere-title = Lien ouvert depuis un autre site
serve-link-from-elsewhere = Pour protéger les carnets, l'aperçu ne répond qu'à ses propres pages et aux adresses tapées ou scannées. Si c'est bien toi qui as suivi ce lien, ouvre-le d'ici :
serve-open-this-page = Ouvrir cette page
serve-refused-cross-origin = refusé : ce formulaire ne peut être envoyé que depuis les pages de carnet serve
serve-refused-host = carnet serve ne répond qu'à l'adresse http://127.0.0.1 (ou localhost), sur son port
serve-no-random = le système n'a pas donné de nombres aléatoires
serve-method-not-allowed = méthode non permise
serve-refused-path = chemin refusé
serve-photo-gone = cette photo n'est plus dans le cache
serve-first-build-title = Première construction du carnet…
serve-first-build = La page s'affichera toute seule dès que ce sera prêt. Les photos sont préparées une seule fois : les fois suivantes iront vite.
serve-cannot-show-title = Le carnet ne peut pas encore s'afficher
serve-cannot-show = Corrige l'erreur ci-dessus et enregistre : la page se mettra à jour toute seule.
serve-not-found-title = Cette page n'existe pas
serve-not-found = Elle a peut-être été renommée ou rendue moins visible.
serve-go-home = Aller à l'accueil

# Why a site of the preview does not show a page (explain.html).
serve-explain-title = { $who } ne voit pas cette page
serve-explain-experience = Cette expérience, « { $title } », est visible par : { $seen_by }.
serve-explain-story = Ce récit, « { $title } », est visible par : { $seen_by }.
serve-explain-portrait = Le portrait de { $learner } est visible par : { $seen_by }.
serve-explain-portrait-too = Et le portrait de { $learner }, lui, est visible par : { $portrait }. Rien d'un carnet ne se montre là où son portrait ne se montre pas.
serve-explain-show-more-edit = Pour la montrer à plus de monde, choisis qui la voit dans « Modifier cette expérience » : la page se mettra à jour toute seule.
serve-explain-show-more-file = Pour la montrer à plus de monde, change sa visibilité (visibility) dans son fichier : la page se mettra à jour toute seule.
serve-explain-no-page = Cette page n'existe pas dans le site que voit { $reader }.
serve-explain-home = Voir l'accueil de ce que voit { $reader }

serve-switch-no-target = il manque le site à montrer (?to=)

# The page of personal link cards (carnet serve --lan), written in HTML.
serve-cards-title-html = Cartes des liens personnels
serve-cards-intro-html = Une carte par personne, à découper et à donner en main propre. Chaque adresse ne marche que sur le réseau de l'atelier, pendant que <code>carnet serve --lan</code> tourne sur cet ordinateur.
serve-cards-need-lan-html = Les cartes des liens personnels n'existent qu'avec <code>carnet serve --lan</code> : arrête l'aperçu (Ctrl-C) et relance-le avec <code>--lan</code>.
serve-cards-no-network-html = Cet ordinateur n'est relié à aucun réseau : connecte-le au Wi-Fi de l'atelier (ou au partage de connexion de ton téléphone), puis relance <code>carnet serve --lan</code>.
serve-cards-learner-opens-html = Cette adresse ouvre ton carnet : tes expériences (pour en écrire de nouvelles), les sites de tes groupes, le site public et ce que ta conseillère ou ton conseiller voit de toi.
serve-cards-learner-secret-html = Elle est à toi seul·e : ne la partage pas, ne la prends pas en photo pour quelqu'un d'autre. Si tu la perds, demande une nouvelle carte.
serve-cards-referent-opens-html = Cette adresse ouvre votre site de référent·e, les sites des groupes de vos jeunes et le site public (pas les carnets privés des jeunes).
serve-cards-referent-secret-html = Elle est à vous seul·e : ne la partagez pas. Si vous la perdez, relancez carnet serve --lan --new-links avec votre identifiant.


## Sealed sites: the unlock page

# The unlock page of a sealed site (its HTML, and the messages its script shows).
seal-title = Site protégé
seal-intro = Ce site est chiffré. Entre la phrase de passe que l'on t'a donnée pour le lire.
seal-label = Phrase de passe
seal-open = Ouvrir
seal-noscript = Ce site est chiffré : il faut activer JavaScript pour le déchiffrer et le lire.
seal-working = Ouverture…
seal-wrong = Phrase de passe incorrecte : ce site ne s'ouvre pas avec elle. Vérifie-la (majuscules, accents, espaces) et réessaie.
seal-tampered = Un fichier de ce site a été modifié ou abîmé : il ne peut pas être déchiffré, donc rien n'est affiché. Préviens la personne qui publie ce site.
seal-tampered-part = Une partie de cette page a été modifiée ou abîmée et ne peut pas être déchiffrée : elle n'est pas affichée. Préviens la personne qui publie ce site.
seal-tampered-photo = Photo abîmée : elle ne peut pas être déchiffrée
seal-failed = Ce site n'a pas pu être chargé (fichier introuvable ou connexion coupée). Réessaie plus tard.
seal-not-found = Cette page n'existe pas dans ce site.
seal-insecure = Cette page doit être ouverte par une adresse https:// (ou http://localhost) : sur une adresse http:// ordinaire, le navigateur refuse de déchiffrer. Demande à la personne qui publie ce site de l'héberger en https.
seal-file-url = Ce site chiffré ne s'ouvre pas directement depuis un fichier (file://) : le navigateur refuse d'y lire les fichiers chiffrés. Publie-le sur un hébergement https, ou ouvre-le par un petit serveur local (par exemple « python3 -m http.server » dans ce dossier, puis http://localhost:8000).
seal-lock = Verrouiller

# Passphrases of sealed sites (--passphrase-file, CARNET_PASSPHRASE_… variables).
seal-passphrase-missing = le site { $site } est protégé (protect = true) mais n'a aucune phrase de passe : donne-la dans un fichier hors du journal (--passphrase-file, une ligne « { $site } = … ») ou dans la variable { $var }
seal-passphrase-line-without-equals = ligne sans « = » : écris « site = phrase de passe » (par exemple « community/mon-groupe = … »)
seal-passphrase-site-not-protected = le site { $site } n'est pas protégé : ajoute protect = true à son groupe ou à son référent dans carnet.toml, ou retire cette ligne
seal-passphrase-unknown-site = aucun site protégé ne s'appelle « { $site } » (sites protégés : { $known })
seal-passphrase-unknown-variable = cette variable ne nomme aucun site protégé (variables attendues : { $known })
seal-passphrase-not-utf8 = la valeur n'est pas de l'UTF-8
seal-passphrase-too-short = phrase de passe trop courte pour { $site } ({ $chars } caractères, au moins { $min }) : prends plusieurs mots
seal-passphrase-file-inside = le fichier des phrases de passe est dans le journal : il serait copié, exporté ou partagé avec lui. Range-le ailleurs (hors du dossier du journal)

seal-no-random = le système n'a pas donné de nombres aléatoires pour chiffrer : { $reason }
seal-encrypt-failed = le chiffrement a échoué (fichier trop gros ?)


## Command line: --help



## Command line: errors in the arguments



## Messages: loading and checking a journal



## Messages: building, images and the summary



## Messages: commands (init, new, add, keys, attest, share, export, serve)


