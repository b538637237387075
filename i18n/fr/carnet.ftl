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
page-photo-viewer = Visionneuse de photos
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

check-bad-slug = l'identifiant de { $kind ->
        [group] groupe
       *[referent] référent
    } `{ $slug }` ne doit avoir que des lettres ascii minuscules, des chiffres et des tirets
check-bad-slug-help = par exemple `{ $good }`
check-duplicate-id = { $kind ->
        [group] groupe
       *[referent] référent
    } `{ $slug }` est défini deux fois
check-same-address = { $what ->
        [learners] les dossiers d'apprenants
        [professionals] les dossiers de professionnels
        [posts] les publications
        [experiences] les dossiers d'expérience
       *[stories] les récits
    } { $names } auraient la même adresse `{ $slug }`
check-same-address-help = renomme l'un d'eux
check-and = { " " }et{ " " }
check-reserved-address = le dossier `{ $folder }` donnerait l'adresse `{ $slug }/`, que chaque site réserve à ses propres pages
check-reserved-address-help = renomme le dossier (par exemple `{ $slug }-1`)
check-unknown-referent = référent `{ $name }` inconnu (carnet.toml définit : { $defined })
check-unknown-skill = compétence `{ $name }` inconnue ({ $builtin ->
        [yes] le référentiel intégré a
       *[no] skills.toml définit
    } : { $ids })
check-groups-not-community = `{ $key }` ne vaut que pour un élément de visibilité `community`, et celui-ci est `{ $vis }`
check-groups-not-community-help = écris `visibility = "community"`, ou enlève `{ $key }`
check-empty-groups = `{ $key } = []` : aucun groupe ne verrait cet élément
check-empty-groups-help = nomme au moins un de tes groupes, ou enlève `{ $key }` pour les montrer à tous
check-not-a-member = `{ $name }` n'est pas un des groupes de { $member ->
        [learner] cet apprenant
       *[professional] ce professionnel
    } (profile.md : { $mine })
check-unknown-group = groupe `{ $name }` inconnu (carnet.toml définit : { $defined })
check-unknown-professional = professionnel `{ $name }` inconnu (professionals/ a : { $known })
check-attested-skill-not-listed = l'attestation porte sur `{ $name }`, que cette expérience ne liste pas dans `skills`
check-unknown-experience = expérience `{ $name }` inconnue : ce doit être un dossier de { $learner }/experiences/
check-bad-cover = couverture `{ $name }` introuvable : écris `dossier/photo.jpg`, une photo d'une des expériences du récit
check-none = aucun
lint-issuer-without-site = {"["}issuer] a besoin d'une base_url en https:// : l'identité du programme (did:web) est l'adresse de son site public ; sans elle, aucune attestation ne se vérifie
lint-credential-stale = l'expérience a changé depuis que `{ $skill }` a été attestée (titre, date, texte, compétences ou photos) : le site dit « attestation à renouveler » au lieu de « vérifié »
lint-credential-stale-help = remets l'expérience comme elle était, ou fais signer à nouveau : carnet attest { $who } { $folder } --skills { $skill } --by …
lint-credential-revoked = l'attestation de `{ $skill }` a été révoquée par le programme : le site ne la montre plus comme vérifiée
lint-credential-revoked-help = supprime ce fichier
lint-credential-invalid = cette attestation signée ne se vérifie pas avec la clé publique de [issuer] ({ $why }) : le site ne la montre pas
lint-credential-invalid-help = seul `carnet attest` écrit ces fichiers : ne les modifie pas à la main
lint-attestation-unsigned = attestation déclarée, non signée ({ $skills }) : les sites la montrent comme déclarée, pas comme vérifiée, et elle ne compte pas parmi les compétences attestées
lint-attestation-unsigned-help = après avoir parlé au tuteur, le programme peut la signer : carnet attest { $who } { $folder } --skills { $list } --by "{ $by }"
lint-missing-alt = la photo `{ $file }` n'a pas de texte alternatif
lint-missing-alt-help = décris-la pour qui ne la voit pas : `photos = [{"{"} file = { $quoted }, alt = "…" {"}"}]`
lint-unlisted-photo = la photo `{ $file }` est dans le dossier mais pas dans `photos` : elle ne sera pas publiée
lint-unlisted-photo-help = ajoute `{"{"} file = { $quoted }, alt = "…" {"}"}` à la liste, ou retire la photo du dossier
lint-no-skill = cette expérience ne montre aucune compétence
lint-no-skill-help = ajoute les compétences qu'elle prouve, par exemple `skills = ["{ $example }"]` (identifiants { $builtin ->
        [yes] du référentiel intégré, voir le README
       *[no] de skills.toml
    })
lint-hidden-in-story = { $count ->
        [one] ce récit est `{ $level }`, mais l'expérience { $names } est moins visible : là où le récit est montré à qui ne peut pas la voir, il est raconté sans elle
       *[other] ce récit est `{ $level }`, mais les expériences { $names } sont moins visibles : là où le récit est montré à qui ne peut pas les voir, il est raconté sans elles
    }
lint-hidden-in-story-help = { $count ->
        [one] rends cette expérience au moins `{ $level }`, ou le récit moins visible
       *[other] rends ces expériences au moins `{ $level }`, ou le récit moins visible
    }
lint-hidden-by-profile = ce profil est `{ $level }`, moins visible que { $experiences ->
        [0] { $stories ->
                [one] { $stories } récit
               *[other] { $stories } récits
            }
        [one] { $experiences } expérience{ $stories ->
                [0] {""}
                [one] {" "}et { $stories } récit
               *[other] {" "}et { $stories } récits
            }
       *[other] { $experiences } expériences{ $stories ->
                [0] {""}
                [one] {" "}et { $stories } récit
               *[other] {" "}et { $stories } récits
            }
    } (jusqu'à `{ $most }`) : rien de ce carnet n'est montré là où le profil ne l'est pas
lint-hidden-by-profile-help = rends le profil `{ $most }` (`visibility = "{ $most }"`), ou ces éléments moins visibles
toml-unknown-key = `{ $key }` : clé inconnue
toml-keys-allowed = clés possibles ici : { $list }
toml-unknown-value = `{ $value }` : valeur inconnue ; valeurs possibles : { $list }
toml-missing-key = clé `{ $key }` manquante
toml-missing-key-help = ajoute une ligne `{ $key } = …`
toml-invalid-type = type invalide : { $found }, alors qu'il faut { $expected }
toml-invalid-value = valeur invalide : { $found }, alors qu'il faut { $expected }
toml-quoted-text-needed = type invalide : il faut un texte entre guillemets
toml-duplicate-key = cette clé est déjà définie plus haut
toml-duplicate-key-help = garde une seule ligne
toml-unterminated-string = ce texte n'est jamais fermé
toml-unterminated-string-help = ferme-le par { $quote }
toml-unquoted-string = un texte doit être écrit entre guillemets
toml-unquoted-string-help = écris-le "ainsi"
toml-month-range = le mois va de 01 à 12
toml-day-range = ce jour n'existe pas dans ce mois
toml-invalid-date = date invalide : { $detail }
toml-invalid-date-help = écris-la 2021-05-31, ou 2021-05-31T14:06:00 avec l'heure
toml-one-key-per-line = syntaxe TOML : une seule clé par ligne, et rien après sa valeur (sauf un commentaire `#`)
toml-unclosed-bracket = syntaxe TOML : crochet jamais fermé (il manque `]`)
toml-syntax = syntaxe TOML : { $message }
toml-did-you-mean = vouliez-vous dire `{ $name }` ?
toml-found = { $kind ->
        [string] le texte { $value }
        [integer] le nombre { $value }
        [floating] le nombre { $value }
        [boolean] la valeur { $value }
        [sequence] une liste
        [map] une table
       *[other] { $found }
    }
toml-expected = { $kind ->
        [boolean] true ou false
        [string] un texte entre guillemets
        [sequence] une liste entre crochets, ["…", "…"]
        [u8] un nombre entier de 0 à 255
        [unsigned] un nombre entier positif
        [datetime] une date sans guillemets, 2021-05-31
        [table] une table, {"{"} clé = valeur, … {"}"}
       *[other] { $expected }
    }
walk-not-a-folder = n'est pas un dossier
walk-cannot-open = impossible d'ouvrir le carnet : { $reason }
walk-folder-not-found = dossier introuvable
walk-cannot-read = impossible de lire le fichier : { $reason }
walk-link-out = est un lien symbolique qui mène hors du carnet
walk-no-address = { $what ->
        [file] le nom du fichier
       *[folder] le nom du dossier
    } n'a ni lettre ni chiffre dont faire une adresse
walk-cannot-list = impossible de lister le dossier : { $reason }
walk-name-not-unicode = le nom n'est pas de l'Unicode valide (UTF-8) : renomme-le
walk-photos-same-name = les photos { $list } ont des noms qui ne diffèrent que par les majuscules ou les accents : sous macOS et Windows, ce serait un seul fichier ; renomme l'une d'elles
walk-and = { " " }et{ " " }
walk-address-too-long = le nom donne une adresse de { $len } caractères (`{ $start }…`), plus que les { $max } qu'un nom de dossier peut avoir : raccourcis le nom
walk-path-leaves = `{ $rel }` sort du carnet : écris un nom de fichier relatif au dossier, sans `..` ni `/` au début
walk-missing-file = `{ $rel }` est cité, mais ce fichier n'existe pas dans { $folder }
walk-missing-file-too-long = `{ $rel }` est cité, mais ce fichier n'existe pas dans { $folder } (le nom fait { $len } octets ; les systèmes de fichiers en permettent { $max })
walk-missing-file-case = `{ $rel }` est cité, mais ce fichier n'existe pas dans { $folder } : il y a `{ $other }`, dont le nom diffère par les majuscules (ici elles comptent, pas sous macOS ni Windows : écris-le comme sur le disque)
walk-path-link-out = `{ $rel }` est un lien symbolique qui mène hors du carnet
text-forbidden-in-value = `{ $key }` contient { $kind ->
        [bidi] un caractère invisible qui change le sens de l'écriture (U+{ $code }) : enlève-le ; il fait lire le texte dans un autre ordre que celui où il est écrit
       *[control] un caractère de contrôle invisible (U+{ $code }) : enlève-le ; les pages et le flux Atom qui le montreraient seraient illisibles pour les navigateurs et les lecteurs de flux
    }
text-forbidden-in-body = le texte contient { $kind ->
        [bidi] un caractère invisible qui change le sens de l'écriture (U+{ $code }) : enlève-le ; il fait lire le texte dans un autre ordre que celui où il est écrit
       *[control] un caractère de contrôle invisible (U+{ $code }) : enlève-le ; les pages et le flux Atom qui le montreraient seraient illisibles pour les navigateurs et les lecteurs de flux
    }
text-too-long = le texte fait { $kb } Kio, plus que les { $max } Kio qu'un fichier peut avoir : coupe-le en plusieurs expériences, ou raccourcis-le
front-matter-no-opening = le fichier doit commencer par une ligne `+++`, puis l'en-tête TOML, puis `+++`
front-matter-never-closed = l'en-tête ouvert ici n'est jamais fermé par une ligne `+++`
name-invisible-character = le nom `{ $name }` contient un caractère invisible ou qui change le sens de l'écriture (U+{ $code }, caractère { $at } du nom) : renomme-le sans lui ; de tels caractères font se ressembler deux noms différents
field-unknown-aspect = format `{ $value }` inconnu : choisis parmi { $allowed }
field-unknown-focus = point de mire `{ $value }` inconnu : écris top, center, bottom, left, right ou "x%,y%" (par exemple "30%,20%")
field-no-date = `{ $value }` n'a pas de date : écris-la 2021-05-31 ou 2021-05-31T14:06:00
field-invalid-skill = une compétence s'écrit "rigueur" ou {"{"} id = "rigueur", level = 3 {"}"}
field-invalid-level = le niveau de `{ $id }` est `{ $level }` : un niveau va de 1 à { $max }
field-invalid-level-help = 1 : je découvre, 2 : je fais avec de l'aide, 3 : je fais seul·e, 4 : je peux l'apprendre à d'autres
load-missing-file = fichier manquant : { $what ->
        [config] un carnet a besoin d'un carnet.toml avec au moins `title = "..."` (carnet init en crée un)
        [experience] chaque dossier d'expérience a besoin d'un index.md
        [learner] chaque dossier de learners/ a besoin d'un profile.md
       *[professional] chaque dossier de professionals/ a besoin d'un profile.md
    }
config-quality-range = `quality` doit être entre 1 et 100
config-audit-date = `audit_date` doit être une date sans guillemets, comme `audit_date = 2026-03-15`
config-rate-without-audit = un taux de conformité vient d'un audit : indique aussi sa date (`audit_date = 2026-03-15`)
config-rate-range = `rate` est le taux de conformité de l'audit, un nombre de 0 à 100 (par exemple `rate = 72.5`)
config-contact = `contact` doit être une adresse e-mail ou l'adresse d'une page web (https://…)
config-schema-url = `schema_url` doit être l'adresse d'une page web (https://…)
config-issuer-key = ce n'est pas une clé publique Ed25519 au format Multikey (z6Mk…) : recopie celle que `carnet keys new --issuer` a affichée
config-skill-twice = la compétence `{ $skill }` est définie deux fois
config-skill-reference = `{ $value }` n'est pas une adresse web : la référence d'une compétence commence par https://
config-skill-reference-help = par exemple reference = "http://data.europa.eu/esco/skill/…"
package-replayed = ce partage de `{ $slug }` date du { $day }, avant le dernier accepté ({ $last }) : c'est une copie rejouée ou un ancien fichier, il est refusé
package-replayed-help = retire-le de contributions/, ou demande un nouveau partage
package-same-learner = `{ $slug }` est à la fois un dossier (learners/{ $folder }) et une contribution ({ $file }) : garde l'un ou l'autre
skill-category-savoir-etre = Savoir-être
skill-category-savoir-faire = Savoir-faire
skill-category-savoir = Savoirs
skill-category-builtin = Savoir-être professionnels
skill-autonomie = Autonomie
skill-capacite-adaptation = Capacité d'adaptation
skill-capacite-federer = Capacité à fédérer
skill-capacite-decision = Capacité de décision
skill-curiosite = Curiosité
skill-force-proposition = Force de proposition
skill-gestion-stress = Gestion du stress
skill-perseverance = Persévérance
skill-prise-recul = Prise de recul
skill-reactivite = Réactivité
skill-rigueur = Rigueur
skill-sens-communication = Sens de la communication
skill-sens-organisation = Sens de l'organisation
skill-travail-equipe = Travail en équipe
photo-unreadable = impossible de lire la photo : { $reason }
photo-not-a-photo = n'est pas une image JPEG, PNG ou WebP (ou elle est abîmée)
photo-corrupt = photo abîmée ou illisible : { $reason }
photo-no-pixels = la photo n'a aucun pixel
photo-truncated = JPEG tronqué : le fichier s'arrête avant la fin de l'image (copie-le à nouveau depuis l'appareil photo ou le téléphone)
photo-heif-corrupt = photo HEIC/AVIF abîmée ou illisible : { $reason }
photo-heif-unsupported = photo HEIC/AVIF (le format des iPhone) : ce carnet a été compilé sans libheif et ne sait pas la lire. Convertis-la en JPEG, par exemple `heif-convert { $name } { $stem }.jpg` (paquet libheif-examples), ou règle l'iPhone sur Réglages > Appareil photo > Formats > « Le plus compatible »
photo-too-many-bytes = photo de { $len } octets, au-delà de la limite de { $max } octets (`[images] max_bytes` dans carnet.toml)
photo-too-many-pixels = photo de { $width }×{ $height } pixels, au-delà de la limite de { $max } pixels (`[images] max_pixels` dans carnet.toml)
output-holds-journal = le dossier de sortie contiendrait le carnet lui-même : choisis-en un autre avec --out
output-in-content = le dossier de sortie ne peut pas être dans le dossier learners/ ou themes/ du carnet
output-cache-in-output = le cache d'images ne peut pas être dans le dossier de sortie : il contient les photos de tous les publics, privées comprises, et un site les publierait (choisis un autre --cache)
output-output-in-cache = le dossier de sortie ne peut pas être dans le cache d'images : carnet fait le ménage dans le cache, qui contient les photos de tous les publics (choisis un autre --cache ou --out)
output-cache-in-content = le cache d'images ne peut pas être dans le dossier learners/ ou themes/ du carnet : carnet lirait ses fichiers comme des photos ou des fichiers de thème (choisis un autre --cache)
output-cache-holds-journal = le cache d'images ne peut pas contenir le carnet : carnet fait le ménage dans le cache (choisis un autre --cache)
output-not-ours = ce dossier n'est pas vide et n'a pas été fait par carnet : carnet n'écrira pas dedans (choisis un dossier vide ou nouveau avec --out)
root-title = Ne publiez pas ce dossier
root-lead = Ce dossier contient <strong>tous</strong> les sites que carnet a faits, y compris les sites privés des jeunes, ceux de leurs conseillers et ceux des groupes. Le mettre en ligne en entier publierait tout cela.
root-publish = Pour un site public, publiez seulement le dossier <code>public/</code>. Les autres sites se partagent uniquement avec les personnes concernées, derrière un accès protégé (un mot de passe) : <code>noindex</code> n'empêche personne de les lire.
root-list = Ce que contient ce dossier
root-kind-public = tout le monde sur internet : le seul à publier
root-kind-community = un site par groupe, pour ses membres seulement
root-kind-referent = un site par conseiller ou conseillère, pour les jeunes qu'il ou elle suit
root-kind-private = un site par jeune, pour lui ou elle seulement


## Messages: building, images and the summary

build-decoder-failed = le décodeur d'images a échoué sur ce fichier (image abîmée ou piégée)
error-content = { $count ->
        [one] { $count } erreur dans le carnet
       *[other] { $count } erreurs dans le carnet
    }
error-leak = vérification des fuites : { $file } contient { $what ->
        [name] le nom
        [title] le titre
        [text] une phrase du texte
        [place] le lieu
        [tag] un mot-clé
        [skill] une compétence
        [attestation] l'attestation
        [credential] une attestation signée
        [slug] l'adresse
        [folder] le nom du dossier ou du fichier
       *[photo-file] le nom de fichier d'une photo
    } de { $item } ({ $visibility }), que ce site ne doit pas montrer : « { $text } ». Rien n'a été écrit : le dossier de sortie est inchangé. C'est un bug de carnet ou du thème du carnet ; merci de le signaler (voir SECURITY.md)
error-random = le système ne fournit pas de nombres aléatoires : { $reason }
error-template = modèle { $name } : { $message }
error-port-in-use = impossible d'ouvrir le port { $first }{ $range ->
        [yes] {" "}(et les suivants jusqu'à { $last })
       *[no] {""}
    } : déjà utilisé par un autre programme ; essaie --port { $next }
error-port-denied = impossible d'ouvrir le port { $first }{ $range ->
        [yes] {" "}(et les suivants jusqu'à { $last })
       *[no] {""}
    } : refusé par le système (les ports sous 1024 sont réservés à l'administrateur) ; essaie --port 1111
error-port-other = impossible d'ouvrir le port { $first }{ $range ->
        [yes] {" "}(et les suivants jusqu'à { $last })
       *[no] {""}
    } : { $reason } ; essaie un autre --port
error-serve-no-journal = dossier introuvable : { $path } (le dossier du carnet, qui contient carnet.toml)
error-server-stopped = le serveur s'est arrêté : { $what ->
        [address] son adresse
        [event-loop] sa boucle d'événements
       *[listening] son écoute
    } : { $reason }
io-file-not-found = fichier introuvable : { $path }
io-not-found = fichier ou dossier introuvable : { $path }
io-at-path = { $reason } : { $path }
io-disk-full = disque plein, impossible d'écrire
io-read-only = disque en lecture seule, impossible d'écrire
io-missing = introuvable
io-permission-denied = accès refusé (droits insuffisants)
io-already-exists = existe déjà
io-is-a-folder = c'est un dossier, pas un fichier
io-not-a-folder = pas un dossier (un fichier est sur le chemin)
io-folder-not-empty = dossier non vide
io-not-utf8 = illisible : ce n'est pas du texte UTF-8
io-invalid-data = contenu invalide ({ $detail })
io-other = erreur d'entrée-sortie ({ $detail })
photo-corrupt-or-truncated = photo abîmée ou tronquée : { $reason }
photo-changed = la photo a changé pendant la construction ({ $now } au lieu de { $then })
photo-wrong-pixel-count = photo abîmée : le nombre de pixels ne correspond pas
photo-out-of-memory = pas assez de mémoire pour décoder la photo
photo-too-large-to-process = photo trop grande pour être traitée
photo-resize = impossible de redimensionner la photo : { $reason }
photo-encode = impossible d'encoder la photo : { $reason }
photo-encode-webp = impossible d'encoder la photo en WebP : { $reason }
photo-no-libheif = les photos HEIC, HEIF et AVIF ont besoin de libheif, qui manque à cette version de carnet
photo-cache-write = impossible d'écrire le cache d'images : { $reason }
photo-not-made = la photo n'a pas pu être faite
codec-libjpeg = libjpeg-turbo { $version }, bibliothèque du système
codec-rust-forced = Rust pur, imposé par CARNET_CODEC=rust
codec-rust-only = Rust pur, libjpeg-turbo absente à la compilation
photo-orient = impossible de redresser la photo : { $reason }


## Messages: commands (init, new, add, keys, attest, share, export, serve)



## Messages: sharing a carnet (share, contributions, keys)

share-count-experiences = { $count ->
    [one] { $count } expérience
   *[other] { $count } expériences
}
share-count-stories = { $count ->
    [one] { $count } récit
   *[other] { $count } récits
}
share-count-photos = { $count ->
    [one] { $count } photo
   *[other] { $count } photos
}
share-plan-nothing-kept = { $shared } ; rien ne reste chez toi
share-plan-kept = { $shared } ; { $kept } { $count ->
    [one] reste chez toi
   *[other] restent chez toi
}
share-no-learner = ce journal n'a aucun dossier dans learners/ : rien à partager
share-which-learner = dis quel carnet partager avec --learner (parmi : { $list })
share-profile-hidden = ton profil n'est visible ni par ta conseillère ni par tes groupes : rien ne peut partir. Mets au moins visibility = "referent" dans profile.md (et un referent), ou "community" avec tes groupes
share-error-key = la clé de signature n'a pas pu être créée ou lue ({ $detail })
share-error-public-key = ce n'est pas une clé publique minisign ({ $detail })
share-error-manifest = la liste signée du partage n'a pas pu être écrite ({ $detail })
share-error-sign = le partage n'a pas pu être signé ({ $detail })
share-error-zip = le fichier de partage n'a pas pu être assemblé ({ $detail })
share-error-encrypt = le fichier de partage n'a pas pu être chiffré ({ $detail })
share-error-recipient = ce n'est pas une clé publique de programme (age1…) ({ $detail })
share-refused-not-a-package = ce n'est pas un fichier de partage carnet (ni chiffré avec age, ni zip)
share-refused-no-identity = ce partage est chiffré, et aucune identité du programme n'est disponible pour l'ouvrir
share-refused-other-programme = ce partage est chiffré pour un autre programme : aucune de tes identités ne l'ouvre
share-refused-not-addressed = ce partage a été signé pour un autre programme puis rechiffré pour toi : il est refusé
share-refused-damaged = ce partage est abîmé, tronqué ou a été modifié en chemin ({ $detail }) : demande à la personne de le renvoyer
share-refused-format = ce partage est au format { $version }, plus récent que ce carnet (format { $ours }) : mets carnet à jour
share-refused-bad-name = ce partage contient un nom refusé (`{ $name }`) : il est refusé en entier
share-refused-unknown-key = ce partage de `{ $learner }` est signé par la clé { $key }, que le programme n'a pas encore acceptée
share-refused-other-key = ce partage n'est pas signé par la clé acceptée pour `{ $learner }` (il porte la clé { $key }) : il vient peut-être de quelqu'un d'autre
share-refused-no-identity-help = donne le fichier de ton identité avec --identity FICHIER ou CARNET_IDENTITY, ou crée-la avec `carnet keys new`
share-refused-unknown-key-help = vérifie cette clé avec la personne (de vive voix), puis : carnet contributions accept { $learner }
share-refused-other-key-help = si la personne a vraiment changé de clé (nouvel ordinateur), vérifie-la avec elle puis : carnet contributions accept { $learner } --new-key
share-photo-changed = la photo diffère de ce que la personne a signé : le fichier a été modifié
share-invalid-recipient = ce n'est pas une clé publique de programme (age1…) : recopie celle que ta conseillère t'a donnée
share-invalid-recipient-flag = `{ $key }` n'est pas une clé publique de programme (age1…)
share-no-recipient = aucune clé de programme : sans elle, le fichier partirait en clair et n'importe qui pourrait le lire en chemin (un courriel intercepté, une clé USB perdue). Ajoute dans carnet.toml [programme] recipients = ["age1…"] (la clé que ta conseillère t'a donnée), ou --to age1…; --unencrypted seulement si tu remets le fichier en main propre
share-unreadable-photo = impossible de lire la photo : { $error }
share-preview-title = Ce que ta conseillère recevra
share-preview-story = Récit : { $title }
share-preview-stays-home = Tes éléments privés, leurs titres, dossiers et photos restent chez toi. Les photos partent réencodées, sans aucune métadonnée.
share-preview-errors = Rien ne peut partir tant que le journal a des erreurs :
share-key-inside-journal = ce fichier de clé est dans le journal : il partirait avec lui (copie, export, partage). Range-le ailleurs, par exemple dans { $home }
share-identity-exists = une identité existe déjà ici : la remplacer rendrait illisibles les partages faits pour elle. Donne un autre fichier avec --out
share-not-an-identity = ligne { $line } : ce n'est pas une identité age (AGE-SECRET-KEY-1…)
share-no-identity-in-file = aucune identité dans ce fichier
share-signing-key-exists = une clé de signature existe déjà ici : la remplacer obligerait ton programme à accepter la nouvelle. Donne un autre fichier avec --out
share-not-a-signing-key = ce n'est pas une clé de signature minisign non chiffrée
share-unreadable-file = impossible de lire le fichier : { $error }
share-not-a-public-key = `{ $key }` n'est pas une clé publique minisign (RW…)
share-other-key-pinned = une autre clé est déjà acceptée pour `{ $learner }` : vérifie la nouvelle avec elle, puis ajoute --new-key
share-no-contribution = aucune contribution de `{ $learner }` dans contributions/
cli-share-written = partage écrit : { $path }
cli-share-in-clear = en clair (--unencrypted) : remets-le en main propre, pas par courriel
cli-share-encrypted = { $count ->
    [one] chiffré pour { $count } clé du programme, signé par ta clé { $key }
   *[other] chiffré pour { $count } clés du programme, signé par ta clé { $key }
}
cli-share-new-key =
    nouvelle clé de signature, gardée hors de ton journal : donne sa partie publique à ta conseillère (de vive voix ou par écrit) :
    {"  "}{ $key }
cli-share-your-programme = ton programme
cli-share-plan-title = Ce que { $who } recevra de { $name } :
cli-share-plan-story = récit : { $title }
cli-share-dry-run = Rien n'est écrit (--dry-run). Tes éléments privés, leurs titres, dossiers et photos restent chez toi.
cli-contributions-key-accepted =
    clé acceptée pour `{ $learner }` (d'après { $file }) :
    {"  "}{ $key }
    Vérifie-la avec elle ou lui : c'est la clé que `carnet share` lui a affichée.
cli-contributions-key-already-accepted =
    clé déjà acceptée pour `{ $learner }` (d'après { $file }) :
    {"  "}{ $key }
    Vérifie-la avec elle ou lui : c'est la clé que `carnet share` lui a affichée.
cli-contributions-new-key-accepted =
    nouvelle clé acceptée pour `{ $learner }` (d'après { $file }) :
    {"  "}{ $key }
    Vérifie-la avec elle ou lui : c'est la clé que `carnet share` lui a affichée.
cli-keys-signing-written =
    clé de signature écrite dans { $file } (lisible par toi seul)
    sa partie publique, à donner à ta conseillère :
    {"  "}{ $key }
cli-keys-identity-written =
    identité du programme écrite dans { $file } (lisible par toi seul ; garde-la hors du journal, fais-en une copie de secours)
    sa clé publique, à donner aux personnes qui partagent leur carnet :
    {"  "}{ $recipient }

## Messages: attestations (attest, keys new --issuer, the badges)

attest-badge-criteria = Compétence mise en œuvre pendant une expérience du carnet de route, attestée par un tuteur ou un employeur auprès de { $issuer }, qui signe.
attest-badge-genre = Expérience du carnet de route
attest-badge-description = { $issuer } atteste, sur la parole de { $by }, que { $learner } a mis en œuvre la compétence « { $skill } ».
attest-nothing-to-revoke = aucune attestation signée à révoquer pour `{ $what }`
attest-no-issuer = pour signer, carnet.toml a besoin d'une table [issuer] (name, public_key) et d'une base_url en https:// : carnet keys new --issuer dit quoi y écrire
attest-other-key = cette clé n'est pas celle dont carnet.toml publie la partie publique (public_key) : les attestations ne se vérifieraient pas
attest-no-learner = pas de jeune `{ $learner }` dans ce journal
attest-no-experience = pas d'expérience `{ $experience }` chez `{ $learner }`
attest-skill-not-listed = cette expérience ne liste pas `{ $skill }` dans `skills` ({ $list }) : on n'atteste que ce que l'expérience montre
attest-proof-missing = pas de preuve Data Integrity
attest-proof-unsupported = preuve d'un autre type que celui de carnet : { $what }
attest-proof-other-key = signée par une autre clé ({ $key })
attest-proof-signature = la signature ne correspond pas au document : il a changé après avoir été signé
attest-proof-canon = le document ne peut pas être mis sous forme canonique ({ $detail })
attest-key-file-warning =
    carnet : clé de signature du programme (Ed25519). SECRÈTE : jamais dans un journal,
    jamais envoyée, jamais publiée. Sa partie publique va dans carnet.toml ([issuer] public_key).
cli-no-journal-here = aucun carnet ici : lance la commande dans un carnet (un dossier avec carnet.toml), ou donne --journal DOSSIER
cli-attest-bad-date = --date { $date } : écris la date comme 2021-04-17
cli-attest-revoked = Révoqué :
cli-attest-signed = Signé :
cli-attest-rebuild = Reconstruis les sites (carnet build) pour qu'ils le montrent.
cli-attest-no-issuer-key = carnet.toml n'a pas de table [issuer] avec public_key : crée la clé du programme avec carnet keys new --issuer
cli-attest-key-inside-journal = { $path } est dans le journal : la clé secrète du programme doit rester hors du journal (elle serait copiée et partagée avec lui) ; déplace-la et donne --key
cli-attest-unreadable-key = { $path } : impossible de lire la clé du programme : { $error } (donne --key FICHIER, ou CARNET_ISSUER_KEY)
cli-attest-not-a-key = { $path } n'est pas une clé écrite par carnet keys new --issuer
cli-keys-no-randomness = pas d'aléa du système : { $error }
cli-keys-inside-journal = { $path } est un journal : une clé secrète n'y a pas sa place (elle serait copiée et partagée avec lui) ; choisis un fichier hors du journal
cli-keys-exists = { $path } existe déjà : carnet n'écrase jamais une clé
cli-keys-issuer-written =
    Clé de signature du programme créée : { $path }
    (lisible par toi seul·e ; garde-la hors de tout journal, sauvegarde-la sur un support à part)

    À écrire dans le carnet.toml du journal (seule la partie publique y va) :

    {"["}issuer]
    name = "Mission locale …"   # le nom du programme qui signe
    public_key = "{ $public }"

    Avec base_url = "https://…" dans carnet.toml, l'identité du programme est
    did:web:<hôte>:issuer, et la construction publie issuer/did.json sur le site public.
    Puis, après avoir parlé au tuteur : carnet attest JEUNE EXPERIENCE --skills … --by …

## Messages: writing into a carnet (init, new, add)

cli-init-created = Carnet créé dans { $dir } :
cli-init-next =
    Tout est privé (visibility = "private") : rien n'est partagé tant que tu ne le décides pas.
    Ensuite : carnet build { $dir }   puis ouvre { $dir }/site/private/{ $learner }/index.html
    Nouvelle expérience : carnet new { $learner } "Titre" photo.jpg --journal { $dir }
cli-init-not-empty = { $dir } n'est pas vide : carnet init ne crée un carnet que dans un dossier vide ou nouveau
cli-init-ask-kind = Ce carnet est-il celui d'un·e jeune (1) ou celui d'un groupe que vous accompagnez (2) ? [1]
cli-init-ask-group = Le nom du groupe :
cli-init-group-created = Carnet du groupe créé dans { $dir } :
cli-init-group-next =
    Groupe : { $group }. Ensuite :
    {"  "}carnet add referent "Prénom Nom" --role "conseillère" --journal { $dir }
    {"  "}carnet add learners eleves.csv --group { $group } --referent <id> --journal { $dir }   (prénom;nom, une ligne par jeune)
    {"  "}carnet build { $dir }
cli-new-not-a-journal = { $path } n'est pas un carnet (pas de carnet.toml)
cli-new-unreadable-photo = { $path } : impossible de lire la photo : { $error }
cli-new-created-photo-date = Nouvelle expérience privée du { $date } (date de prise de vue de la photo), { $count ->
    [one] { $count } photo copiée
   *[other] { $count } photos copiées
} ; à compléter :
cli-new-created-today = Nouvelle expérience privée du { $date } (aujourd'hui), { $count ->
    [one] { $count } photo copiée
   *[other] { $count } photos copiées
} ; à compléter :
cli-new-no-learner = aucun
cli-new-unknown-learner =
    apprenant `{ $learner }` inconnu (le carnet a : { $known }){ $near }
    {"  "}pour l'ajouter : carnet add learner "{ $add }" (son prénom et son nom)
cli-new-no-title = une expérience a besoin d'un titre
cli-new-not-a-photo = `{ $name }` n'est pas une photo JPEG, PNG ou WebP
cli-new-bad-photo = `{ $name }` : { $reason }
cli-new-forbidden-character = { $field } contient { $what } ({ $code }) : enlève-le
cli-new-text-too-long = le texte fait { $kb } Kio, plus que les { $max } Kio qu'un fichier peut avoir
cli-new-bad-date = `{ $date }` n'est pas un jour du calendrier
cli-new-outside-journal = { $path } est un lien symbolique qui mène hors du carnet : rien n'a été écrit
cli-add-no-journal-here = aucun carnet ici : lancez la commande dans un carnet (un dossier avec carnet.toml), ou donnez --journal DOSSIER
cli-add-not-a-journal = { $path } n'est pas un carnet (pas de carnet.toml) ; carnet init en crée un
cli-add-learner-added = Ajouté : { $file } ({ $name }, profil privé)
cli-add-key-accepted = Clé de signature acceptée pour { $slug } (contributors.toml).
cli-add-learner-next = Ensuite : carnet new { $slug } "Titre" photo.jpg{ $journal }   puis carnet build { $dir }
cli-add-learners-added = { $count ->
    [one] { $count } jeune ajouté
   *[other] { $count } jeunes ajoutés
} : { $list }
cli-add-learners-next = Leurs profils sont privés. Ensuite : carnet build { $dir }
cli-add-roster-refused = carnet : { $count ->
    [one] { $count } erreur
   *[other] { $count } erreurs
} dans { $file } ; aucun jeune n'a été ajouté
cli-add-group-added =
    Ajouté à carnet.toml : le groupe { $slug } (« { $name } »), son site : site/community/{ $slug }/
    Ses membres : carnet add learner "Prénom Nom" --group { $slug }
cli-add-referent-added =
    Ajouté à carnet.toml : le référent { $slug }, et son profil { $file } (privé)
    Son site : site/referent/{ $slug }/   Ses jeunes : carnet add learner "Prénom Nom" --referent { $slug }
cli-add-address-taken = l'adresse « { $base } » est déjà prise : celle-ci est « { $slug } »
cli-add-homonym = un·e jeune du même nom est déjà là (learners/{ $other }) : vérifiez que ce n'est pas la même personne
cli-add-help = aide : { $help }
author-field-title = le titre
author-field-place = le lieu
author-field-kind = le genre d'expérience
author-field-tags = un mot-clé
author-field-skills = une compétence
author-field-alt = la description d'une photo
author-field-text = le texte
author-character-control = un caractère de contrôle invisible
author-character-direction = un caractère invisible qui change le sens de l'écriture
author-photo-corrupt = photo abîmée ou illisible ({ $detail })
author-photo-decoder-failed = photo abîmée ou illisible (le décodeur a échoué)
author-photo-metadata-kept = ses métadonnées privées (position, numéro de série) n'ont pas pu être retirées
author-visibility-comment =
    Qui peut voir cette expérience : "private" (toi seul·e), "referent" (toi et
    ta ou ton référent·e), "community" (les membres de ton groupe), "public"
    (tout le monde sur internet).
author-alt-comment = décris la photo pour qui ne la voit pas
roster-unreadable = impossible de lire le fichier : { $error }
roster-too-long = { $path } fait { $kb } Kio : une liste de jeunes en fait bien moins (1 Mio au plus)
roster-first-name = le prénom
roster-last-name = le nom
roster-duplicate-line = { $name } est déjà ligne { $before }
roster-duplicate-line-help = enlevez l'une des deux lignes ; pour deux homonymes, ajoutez le second avec carnet add learner
roster-already-there = { $name } est déjà dans le carnet (learners/{ $folder })
roster-already-there-help = cette liste a-t-elle déjà été importée ? enlevez la ligne
roster-empty = la liste ne contient aucun jeune
roster-empty-help = une ligne par jeune : prénom;nom;groupe
roster-unreadable-line = ligne illisible ({ $detail })
roster-no-first-name-column = la ligne d'en-tête n'a pas de colonne « Prénom »
roster-no-first-name-column-help = par exemple : Prénom;Nom;Groupe
people-add-group-help = ajoutez-le avec carnet add group { $id } --name "{ $name }"
people-add-referent-help = ajoutez-le avec carnet add referent "Prénom Nom"
people-did-you-mean-then = { $near } ; { $add }
people-none = aucun
people-unknown-group = groupe `{ $slug }` inconnu (carnet.toml définit : { $known })
people-unknown-referent = référent `{ $slug }` inconnu (carnet.toml définit : { $known })
people-duplicate = { $what } est déjà dans le carnet : rien n'a été écrit
people-the-group = le groupe `{ $slug }`
people-a-group-named = un groupe nommé « { $name } » (`{ $other }`)
people-the-referent = le référent `{ $id }`
people-a-referent-named = un référent nommé « { $name } » (`{ $other }`)
people-unreadable-config = { $path } : impossible de lire le fichier ({ $error }) ; carnet init crée un carnet
people-config-not-toml = { $path } n'est pas du TOML valide : carnet check dit où
people-name-empty = { $what } est vide
people-name-too-long = { $what } fait { $chars } caractères, plus que les { $max } permis
people-forbidden-character = { $what } contient { $kind } ({ $code }) : enlevez-le
people-no-address = le nom `{ $name }` n'a ni lettre ni chiffre dont faire une adresse
people-not-a-public-key = `{ $key }` n'est pas une clé publique minisign (RW…) : rien n'a été écrit
people-bad-group-id = l'identifiant de groupe `{ $slug }` ne doit avoir que des lettres ascii minuscules, des chiffres et des tirets (par exemple `{ $good }`)
people-bad-id = l'identifiant `{ $id }` ne doit avoir que des lettres ascii minuscules, des chiffres et des tirets
people-the-name = le nom
people-the-role = le rôle
people-role-example = # role = "conseillère"

people-learner-profile =
    +++
    # Ton profil : ce que tes pages disent de toi. Ce qui suit un # est une
    # explication, que carnet ne lit pas.

    # Ton nom, tel qu'il s'affiche sur tes pages.
    name = { $name }
    # Une ligne sous ton nom : ce que tu fais, ou ce que tu cherches. Enlève le #
    # au début de la ligne et écris la tienne.
    # headline = "En route vers un métier qui me plaît"
    # Une photo de toi (facultatif) : le nom d'un fichier de ce dossier.
    # avatar = "avatar.jpg"
    # Tes groupes : leurs membres voient ce que tu rends visible à "community".
    groups = { $groups }
    # Ta conseillère ou ton conseiller : voit ce que tu rends visible à "referent".
    { $referent }
    # Qui peut voir ton profil, et donc ton carnet : "private" (toi seul·e),
    # "referent" (toi et ta conseillère ou ton conseiller), "community" (ton
    # groupe), "public" (tout le monde sur internet). C'est toi qui décides.
    visibility = "private"
    +++
    Quelques mots sur toi : d'où tu viens, ce que tu aimes, ce que tu cherches.

people-referent-profile =
    +++
    # Votre profil de professionnel·le. Ce qui suit un # est une explication, que
    # carnet ne lit pas.

    # Votre nom, tel qu'il s'affiche.
    name = { $name }
    # Votre métier, tel que les jeunes le lisent (facultatif).
    { $role }
    # Votre structure (facultatif).
    # organisation = "Mission locale"
    # Les groupes où vous intervenez : des identifiants (slug) de carnet.toml.
    # groups = ["mon-groupe"]
    # Qui voit ce profil et vos publications (posts/) : "private" (vous seul·e, sur
    # votre site de référent), "referent" (vous et les jeunes que vous suivez),
    # "community" (vos groupes), "public" (tout le monde sur internet).
    visibility = "private"
    +++
    Quelques mots sur vous et sur ce que vous proposez aux jeunes.

## The starter journal (carnet init): the files it writes, in the journal's language

starter-default-name = Camille
starter-experience-folder = ma-premiere-experience
starter-story-file = mon-parcours
starter-group-name-field = le nom du groupe
starter-default-group = Mon groupe
starter-default-group-slug = mon-groupe
starter-group-config =
    # carnet.toml : les réglages du carnet de votre groupe.
    # Chaque ligne « clé = valeur » règle une chose ; ce qui suit un # est un
    # commentaire, que carnet ne lit pas. Les commandes carnet add écrivent dans ce
    # fichier en gardant vos commentaires.
    #
    # Pour commencer :
    #   carnet add referent "Prénom Nom" --role "conseillère"      (vous, puis vos collègues)
    #   carnet add learners eleves.csv --group { $slug } --referent <id>
    #     (une ligne par jeune : prénom;nom ; un export de tableur convient)
    #   carnet add learner "Prénom Nom" --group { $slug } --referent <id>
    #   carnet build
    #
    # Chaque jeune a son dossier learners/<prénom>/ et décide de ce qu'il ou elle
    # partage : tout ce que carnet écrit pour un·e jeune est privé.

    # Le titre des sites, en haut de chaque page, le site public compris : ne le
    # faites pas nommer votre dispositif, qui dirait sur internet qui le suit.
    title = "Carnets de route"

    # La langue des sites et des messages de carnet : "fr" (français) ou "en" (anglais).
    language = "fr"

    # L'adresse où le site public sera en ligne, pour les liens de partage.
    # Enlevez le # au début de la ligne quand vous la connaissez.
    # base_url = "https://exemple.org/carnets"

    # Votre groupe : ses membres voient ce que chacun rend visible à "community",
    # sur le site site/community/{ $slug }/. Un autre groupe :
    #   carnet add group mon-autre-groupe --name "Mon autre groupe"
    {"["}[groups]]
    # Son identifiant : lettres minuscules sans accent, chiffres et tirets.
    slug = "{ $slug }"
    # Son nom, tel qu'il s'affiche.
    name = { $name }
    # Qui le compose : "learners" (des jeunes), "professionals" (des professionnels)
    # ou "employers" (des entreprises).
    kind = "learners"

    # Les photos (facultatif). Enlevez le # d'une ligne pour changer sa valeur ;
    # celles-ci sont les valeurs par défaut.
    # [images]
    # quality = 82            # qualité des photos publiées, de 1 à 100
    # webp = false            # true : des photos plus légères, une construction plus longue
    # max_pixels = 100000000  # refuse les photos plus grandes (en pixels)
    # max_bytes = 67108864    # refuse les fichiers plus lourds (en octets)

starter-config =
    # carnet.toml : les réglages de ton carnet de route.
    # Chaque ligne « clé = valeur » règle une chose ; ce qui suit un # est un
    # commentaire, que carnet ne lit pas.

    # Le titre des sites, en haut de chaque page, le site public compris.
    title = "Mon carnet de route"

    # La langue des sites et des messages de carnet : "fr" (français) ou "en" (anglais).
    language = "fr"

    # L'adresse où le site public sera en ligne, pour les liens de partage.
    # Enlève le # au début de la ligne quand tu la connais.
    # base_url = "https://exemple.org/mon-carnet"

    # Un groupe : ses membres voient ce que tu rends visible à "community".
    # Copie ces quatre lignes pour en ajouter un autre.
    {"["}[groups]]
    # Son identifiant : lettres minuscules sans accent, chiffres et tirets.
    slug = "mon-groupe"
    # Son nom, tel qu'il s'affiche.
    name = "Mon groupe"
    # Qui le compose : "learners" (des jeunes), "professionals" (des professionnels)
    # ou "employers" (des entreprises).
    kind = "learners"

    # Une ou un référent : voit ce que tu rends visible à "referent".
    {"["}[referents]]
    # Son identifiant : lettres minuscules sans accent, chiffres et tirets.
    slug = "ma-referente"
    # Son nom, tel qu'il s'affiche.
    name = "Nelly"
    # Comment tu l'appelles (facultatif) : « Toi et ta conseillère Nelly ».
    role = "conseillère"

    # Les photos (facultatif). Enlève le # d'une ligne pour changer sa valeur ;
    # celles-ci sont les valeurs par défaut.
    # [images]
    # quality = 82            # qualité des photos publiées, de 1 à 100
    # webp = false            # true : des photos plus légères, une construction plus longue
    # max_pixels = 100000000  # refuse les photos plus grandes (en pixels)
    # max_bytes = 67108864    # refuse les fichiers plus lourds (en octets)

starter-profile =
    +++
    # Ton nom, tel qu'il s'affiche sur tes pages.
    name = { $name }
    # Une ligne sous ton nom : ce que tu fais, ou ce que tu cherches.
    headline = "En route vers un métier qui me plaît"
    # Une photo de toi (facultatif) : le nom d'un fichier de ce dossier.
    # avatar = "avatar.jpg"
    # Tes groupes : des identifiants (slug) de carnet.toml.
    groups = ["mon-groupe"]
    # Ta ou ton référent : un identifiant (slug) de carnet.toml.
    referent = "ma-referente"
    # Qui peut voir ton profil, et donc ton carnet : "private" (toi seul·e),
    # "referent" (toi et ta ou ton référent), "community" (ton groupe),
    # "public" (tout le monde sur internet). Une expérience plus visible que ton
    # profil ne se voit que là où ton profil se voit.
    visibility = "private"
    +++
    Quelques mots sur toi : d'où tu viens, ce que tu aimes, ce que tu cherches.

starter-experience =
    +++
    # Le titre de l'expérience.
    title = "Ma première expérience"
    # Sa date : 2021-05-31, ou 2021-05-31T14:06:00 avec l'heure.
    date = { $date }
    # Où c'était (facultatif).
    place = "Le centre de formation"
    # Quel genre d'expérience : stage, atelier, visite, formation, emploi, entretien…
    kind = "atelier"
    # Des mots-clés libres (facultatif).
    tags = ["découverte"]
    # Les compétences qu'elle prouve : des identifiants du référentiel (voir le README,
    # ou skills.toml si ton carnet en a un).
    skills = ["curiosite", "travail-equipe"]
    # Qui peut la voir : "private" (toi seul·e), "referent" (toi et ta ou ton
    # référent), "community" (ton groupe), "public" (tout le monde sur internet).
    visibility = "private"
    # Ses photos, dans l'ordre : le fichier, une description pour qui ne la voit pas
    # (alt), et une légende (facultatif). Sans cette liste, toutes les photos du
    # dossier sont montrées.
    photos = [
    {"  "}{"{"} file = "{ $photo }", alt = "Un soleil orange qui se lève sur un ciel bleu", caption = "Le début du parcours" {"}"},
    ]
    +++
    Raconte ici ce que tu as fait, ce que tu as appris, ce qui t'a plu.

    Écris en Markdown : une ligne vide entre deux paragraphes, **gras**, *italique*.

starter-story =
    +++
    # Le titre du récit.
    title = "Mon parcours"
    # Qui peut le voir (comme pour une expérience). Une expérience moins visible que
    # le récit en est retirée là où on ne peut pas la voir.
    visibility = "private"
    # Les expériences qu'il raconte, dans l'ordre : des noms de dossiers de experiences/.
    experiences = ["{ $experience }"]
    # La mise en page : "journal" (texte et photos), "mosaic" (une mosaïque de
    # photos) ou "slides" (une expérience par écran).
    layout = "journal"
    # La photo de couverture (facultatif) : "dossier/photo.jpg".
    cover = "{ $experience }/{ $photo }"
    +++
    Ce récit présente mon parcours : à qui veux-tu le montrer, et qu'as-tu envie de dire ?
