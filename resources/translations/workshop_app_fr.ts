<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Workshop App</source>
        <translation>À propos de Workshop App</translation>
    </message>
    <message>
        <source>Workshop App&apos;s icon: a round table with people</source>
        <translation>Icône de Workshop App : une table ronde entourée de personnes</translation>
    </message>
    <message>
        <source>Workshop App</source>
        <translation>Workshop App</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Workshop App, version {version}</source>
        <translation>Workshop App, version {version}</translation>
    </message>
    <message>
        <source>Walks a facilitator through the exercises of cross-sector partnership meetings, offline. Free software under the {licence} licence.</source>
        <translation>Guide l&apos;animateur dans les exercices des réunions de partenariats intersectoriels, hors ligne. Logiciel libre sous licence {licence}.</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Données :</translation>
    </message>
    <message>
        <source>&amp;Backups:</source>
        <translation>&amp;Sauvegardes :</translation>
    </message>
    <message>
        <source>&amp;Open the data folder</source>
        <translation>&amp;Ouvrir le dossier des données</translation>
    </message>
    <message>
        <source>Built on these open-source components:</source>
        <translation>Construit avec ces composants open source :</translation>
    </message>
    <message>
        <source>Open-source components and their licences</source>
        <translation>Composants open source et leurs licences</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU LGPL version 3: their libraries are separate files beside the app, which you may replace.</source>
        <translation>Qt et PySide6 sont utilisés sous la licence GNU LGPL version 3 : leurs bibliothèques sont des fichiers distincts placés à côté de l&apos;application, que vous pouvez remplacer.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message numerus="yes">
        <source>Mark %n action(s): {status}</source>
        <translation>
            <numerusform>Marquer %n action : {status}</numerusform>
            <numerusform>Marquer %n actions : {status}</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done ✔</source>
        <translation>Faite ✔</translation>
    </message>
    <message>
        <source>Dropped ✘</source>
        <translation>Abandonnée ✘</translation>
    </message>
    <message>
        <source>Mark {n} action(s): {status}</source>
        <translation type="vanished">Marquer {n} action(s) : {status}</translation>
    </message>
</context>
<context>
    <name>ActionsDialog</name>
    <message>
        <source>Actions across meetings — {name}</source>
        <translation>Actions entre les réunions — {name}</translation>
    </message>
    <message>
        <source>Filter the actions</source>
        <translation>Filtrer les actions</translation>
    </message>
    <message>
        <source>Owner, partner or words of the action</source>
        <translation>Responsable, partenaire ou mots de l&apos;action</translation>
    </message>
    <message>
        <source>Show actions with this status</source>
        <translation>Afficher les actions ayant ce statut</translation>
    </message>
    <message>
        <source>Not finished (open or in progress)</source>
        <translation>Non terminées (ouvertes ou en cours)</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;En retard uniquement</translation>
    </message>
    <message>
        <source>Actions of every meeting</source>
        <translation>Actions de toutes les réunions</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Agreed at</source>
        <translation>Décidée lors de</translation>
    </message>
    <message>
        <source>How many actions are listed</source>
        <translation>Nombre d&apos;actions affichées</translation>
    </message>
    <message>
        <source>Note kept with the new status</source>
        <translation>Note conservée avec le nouveau statut</translation>
    </message>
    <message>
        <source>What was delivered, or why it was dropped</source>
        <translation>Ce qui a été livré, ou pourquoi l&apos;action a été abandonnée</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>&amp;Ouverte</translation>
    </message>
    <message>
        <source>&amp;In progress</source>
        <translation>En &amp;cours</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Faite</translation>
    </message>
    <message>
        <source>D&amp;ropped</source>
        <translation>&amp;Abandonnée</translation>
    </message>
    <message>
        <source>Mark the selected actions:</source>
        <translation>Marquer les actions sélectionnées :</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>pas encore de responsable</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>pas encore de date</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} actions listed.</source>
        <translation>{shown} actions affichées sur {total}.</translation>
    </message>
    <message>
        <source>Select an action in the list first.</source>
        <translation>Sélectionnez d&apos;abord une action dans la liste.</translation>
    </message>
    <message>
        <source>Alt + the underlined letter</source>
        <translation type="vanished">Alt + la lettre soulignée</translation>
    </message>
</context>
<context>
    <name>AddTemplateDialog</name>
    <message>
        <source>Add from template</source>
        <translation>Ajouter depuis un modèle</translation>
    </message>
    <message>
        <source>The agenda after adding</source>
        <translation>L&apos;ordre du jour après l&apos;ajout</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>Add its blocks</source>
        <translation>Ajouter ses blocs</translation>
    </message>
    <message>
        <source>Adding it takes the agenda from {now} to {after}.</source>
        <translation>L&apos;ajout fait passer l&apos;ordre du jour de {now} à {after}.</translation>
    </message>
</context>
<context>
    <name>AgendaPane</name>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Add block</source>
        <translation>Ajouter un bloc</translation>
    </message>
    <message>
        <source>Add from template…</source>
        <translation>Ajouter depuis un modèle…</translation>
    </message>
    <message>
        <source>Add the blocks of a template to this agenda</source>
        <translation>Ajouter les blocs d&apos;un modèle à cet ordre du jour</translation>
    </message>
    <message>
        <source>Move block up</source>
        <translation>Monter le bloc</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move block down</source>
        <translation>Descendre le bloc</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the block (Ctrl+Z brings it back)</source>
        <translation>Retirer le bloc (Ctrl+Z le rétablit)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Timebox in minutes</source>
        <translation>Durée prévue en minutes</translation>
    </message>
    <message>
        <source>Timebox:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Building trust</source>
        <translation>Bâtir la confiance</translation>
    </message>
    <message>
        <source>Scoping the issue and a common fact base</source>
        <translation>Cadrer le problème et établir une base factuelle commune</translation>
    </message>
    <message>
        <source>Agreeing on measures of success</source>
        <translation>S&apos;accorder sur les mesures de réussite</translation>
    </message>
    <message>
        <source>Committing to information sharing</source>
        <translation>S&apos;engager à partager l&apos;information</translation>
    </message>
</context>
<context>
    <name>AgreementPanel</name>
    <message>
        <source>Vote method</source>
        <translation>Méthode de vote</translation>
    </message>
    <message>
        <source>Decision rule</source>
        <translation>Règle de décision</translation>
    </message>
    <message>
        <source>Level votes must reach</source>
        <translation>Niveau que les votes doivent atteindre</translation>
    </message>
    <message>
        <source>Share of votes that must reach the level</source>
        <translation>Part des votes qui doit atteindre ce niveau</translation>
    </message>
    <message>
        <source>How many indicators are adopted</source>
        <translation>Nombre d&apos;indicateurs adoptés</translation>
    </message>
    <message>
        <source>Dots per person</source>
        <translation>Gommettes par personne</translation>
    </message>
    <message>
        <source>Most dots one person may put on one item</source>
        <translation>Nombre maximal de gommettes d&apos;une personne sur un même élément</translation>
    </message>
    <message>
        <source>People voting</source>
        <translation>Votants</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>non compté</translation>
    </message>
    <message>
        <source>Keep results hidden from the room until revealed</source>
        <translation>Masquer les résultats à la salle jusqu&apos;à leur révélation</translation>
    </message>
    <message>
        <source>Show or hide the results on the projector (Ctrl+R)</source>
        <translation>Afficher ou masquer les résultats au projecteur (Ctrl+R)</translation>
    </message>
    <message>
        <source>Clear all tallies</source>
        <translation>Effacer tous les décomptes</translation>
    </message>
    <message>
        <source>Remove every vote of this block (undoable); the rule can then be changed</source>
        <translation>Retirer tous les votes de ce bloc (annulable) ; la règle peut alors être modifiée</translation>
    </message>
    <message>
        <source>The decision rule in words</source>
        <translation>La règle de décision en toutes lettres</translation>
    </message>
    <message>
        <source>Vote status</source>
        <translation>État du vote</translation>
    </message>
    <message>
        <source>Whose votes you are typing</source>
        <translation>Les votes que vous saisissez</translation>
    </message>
    <message>
        <source>Tallies per indicator</source>
        <translation>Décomptes par indicateur</translation>
    </message>
    <message>
        <source>Vote &amp;method:</source>
        <translation>&amp;Méthode de vote :</translation>
    </message>
    <message>
        <source>Decision &amp;rule:</source>
        <translation>&amp;Règle de décision :</translation>
    </message>
    <message>
        <source>Dots per person:</source>
        <translation>Gommettes par personne :</translation>
    </message>
    <message>
        <source>Most per item:</source>
        <translation>Maximum par élément :</translation>
    </message>
    <message>
        <source>People voting:</source>
        <translation>Votants :</translation>
    </message>
    <message>
        <source>&amp;Typing votes of:</source>
        <translation>&amp;Saisir les votes de :</translation>
    </message>
    <message>
        <source>Answer columns show and take the votes of this group; type a number in a cell, Enter saves. “All votes” adds up every group.</source>
        <translation>Les colonnes de réponses affichent et reçoivent les votes de ce groupe ; tapez un nombre dans une cellule, Entrée enregistre. « Tous les votes » additionne tous les groupes.</translation>
    </message>
    <message>
        <source>Change vote settings</source>
        <translation>Modifier les paramètres du vote</translation>
    </message>
    <message>
        <source>Decision rule: {rule}</source>
        <translation>Règle de décision : {rule}</translation>
    </message>
    <message>
        <source>The rule is locked because votes have been entered: it was set before the vote. Clear the tallies to change it.</source>
        <translation>La règle est verrouillée car des votes ont été saisis : elle a été fixée avant le vote. Effacez les décomptes pour la modifier.</translation>
    </message>
    <message>
        <source>Announce this rule to the room before anyone votes.</source>
        <translation>Annoncez cette règle à la salle avant que quiconque ne vote.</translation>
    </message>
    <message>
        <source>Hide results again (Ctrl+R)</source>
        <translation>Masquer à nouveau les résultats (Ctrl+R)</translation>
    </message>
    <message>
        <source>Reveal results (Ctrl+R)</source>
        <translation>Révéler les résultats (Ctrl+R)</translation>
    </message>
    <message>
        <source>The room sees the results.</source>
        <translation>La salle voit les résultats.</translation>
    </message>
    <message>
        <source>The room does not see the results yet.</source>
        <translation>La salle ne voit pas encore les résultats.</translation>
    </message>
    <message>
        <source>Warning: {used} dots counted but only {allowed} were handed out.</source>
        <translation>Attention : {used} gommettes comptées, mais seulement {allowed} distribuées.</translation>
    </message>
    <message>
        <source>Warning: more than {most} dots on {names}.</source>
        <translation>Attention : plus de {most} gommettes sur {names}.</translation>
    </message>
    <message>
        <source>Dissent on: {names}.</source>
        <translation>Désaccord sur : {names}.</translation>
    </message>
    <message>
        <source>Warning: {total} dots counted, but the {n} people present have only {most} dots between them.</source>
        <translation>Attention : {total} gommettes comptées, mais les {n} personnes présentes n&apos;en ont que {most} à elles toutes.</translation>
    </message>
    <message>
        <source>Warning: {total} votes counted on {name}, more than the {n} people present.</source>
        <translation>Attention : {total} votes comptés pour {name}, plus que les {n} personnes présentes.</translation>
    </message>
    <message>
        <source>everyone (not by sector)</source>
        <translation>tout le monde (pas par secteur)</translation>
    </message>
    <message>
        <source>Choose the vote method</source>
        <translation>Choisir la méthode de vote</translation>
    </message>
    <message>
        <source>Choose the decision rule</source>
        <translation>Choisir la règle de décision</translation>
    </message>
    <message>
        <source>Reveal results</source>
        <translation>Révéler les résultats</translation>
    </message>
    <message>
        <source>Hide results</source>
        <translation>Masquer les résultats</translation>
    </message>
    <message>
        <source>Votes for {name!r}</source>
        <translation>Votes pour {name!r}</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Partagé par</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Mark agreed / not agreed (Space)</source>
        <translation>Marquer accepté / non accepté (Espace)</translation>
    </message>
    <message>
        <source>Draft information-sharing agreement</source>
        <translation>Projet d&apos;accord de partage d&apos;informations</translation>
    </message>
    <message>
        <source>Read each commitment aloud; mark it agreed only when every party to it agrees.</source>
        <translation>Lisez chaque engagement à voix haute ; ne le marquez accepté que lorsque toutes les parties concernées l&apos;acceptent.</translation>
    </message>
    <message>
        <source>Draft agreement as partners will read it:</source>
        <translation>Projet d&apos;accord tel que les partenaires le liront :</translation>
    </message>
    <message>
        <source>{n} of {total} commitments agreed</source>
        <translation>{n} engagements acceptés sur {total}</translation>
    </message>
    <message>
        <source>the {sector} sector</source>
        <translation type="vanished">le secteur « {sector} »</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Workshop App</source>
        <translation>Workshop App</translation>
    </message>
    <message>
        <source>Workshop App: unexpected error</source>
        <translation>Workshop App : erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong inside Workshop App (a bug). Your work up to the last change is saved. Details are below.</source>
        <translation>Un problème est survenu dans Workshop App (un bogue). Votre travail est enregistré jusqu&apos;à la dernière modification. Les détails figurent ci-dessous.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>This file is too large for a sign-in list ({mb} MB; at most 5 MB).</source>
        <translation>Ce fichier est trop volumineux pour une liste d&apos;émargement ({mb} Mo ; 5 Mo au maximum).</translation>
    </message>
    <message>
        <source>The sign-in list could not be read: {reason}.</source>
        <translation>La liste d&apos;émargement n&apos;a pas pu être lue : {reason}.</translation>
    </message>
    <message>
        <source>This file is not an Excel workbook (.xlsx): nothing was read.</source>
        <translation>Ce fichier n&apos;est pas un classeur Excel (.xlsx) : rien n&apos;a été lu.</translation>
    </message>
    <message>
        <source>This file is not a text or CSV file: open it in a spreadsheet and save it as CSV or .xlsx.</source>
        <translation>Ce fichier n&apos;est pas un fichier texte ou CSV : ouvrez-le dans un tableur et enregistrez-le au format CSV ou .xlsx.</translation>
    </message>
    <message>
        <source>This CSV file is not in UTF-8: save it again as “CSV UTF-8” and import that.</source>
        <translation>Ce fichier CSV n&apos;est pas en UTF-8 : enregistrez-le à nouveau au format « CSV UTF-8 » et importez celui-ci.</translation>
    </message>
    <message>
        <source>This CSV file is malformed ({reason}): nothing was read.</source>
        <translation>Ce fichier CSV est mal formé ({reason}) : rien n&apos;a été lu.</translation>
    </message>
    <message>
        <source>This workbook unpacks to far more than a sign-in list: not read.</source>
        <translation>Ce classeur se décompresse en bien plus qu&apos;une liste d&apos;émargement : non lu.</translation>
    </message>
    <message>
        <source>This workbook could not be opened ({reason}): save it again from your spreadsheet and import it again.</source>
        <translation>Ce classeur n&apos;a pas pu être ouvert ({reason}) : enregistrez-le à nouveau depuis votre tableur, puis réimportez-le.</translation>
    </message>
    <message>
        <source>This workbook is damaged ({reason}): save it again from your spreadsheet and import it again.</source>
        <translation>Ce classeur est endommagé ({reason}) : enregistrez-le à nouveau depuis votre tableur, puis réimportez-le.</translation>
    </message>
    <message>
        <source>The workbook holds formulas (cell {cell}): a sign-in list holds names only. Copy the names as values into a new sheet and import that.</source>
        <translation>Le classeur contient des formules (cellule {cell}) : une liste d&apos;émargement ne contient que des noms. Copiez les noms en tant que valeurs dans une nouvelle feuille et importez celle-ci.</translation>
    </message>
    <message>
        <source>This list has more than {limit} rows, more than any meeting: nothing was read.</source>
        <translation>Cette liste compte plus de {limit} lignes, plus qu&apos;aucune réunion : rien n&apos;a été lu.</translation>
    </message>
    <message>
        <source>Row {row} holds more than {limit} characters in one cell: this is not a sign-in list.</source>
        <translation>La ligne {row} contient plus de {limit} caractères dans une cellule : ce n&apos;est pas une liste d&apos;émargement.</translation>
    </message>
    <message>
        <source>Row {row} holds a formula or control characters, not a name: nothing was read.</source>
        <translation>La ligne {row} contient une formule ou des caractères de contrôle, pas un nom : rien n&apos;a été lu.</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Attendance — {title}</source>
        <translation>Présences — {title}</translation>
    </message>
    <message>
        <source>How many are present</source>
        <translation>Nombre de présents</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Liste des présences</translation>
    </message>
    <message>
        <source>Space ticks the selected people present, or back; Ctrl+A selects everyone. Someone not on the roster: type their name below.</source>
        <translation>Espace coche les personnes sélectionnées comme présentes, ou les décoche ; Ctrl+A sélectionne tout le monde. Une personne absente de la liste : tapez son nom ci-dessous.</translation>
    </message>
    <message>
        <source>Name of someone not on the roster</source>
        <translation>Nom d&apos;une personne absente de la liste</translation>
    </message>
    <message>
        <source>Name of a walk-in, then Enter</source>
        <translation>Nom d&apos;un non-inscrit, puis Entrée</translation>
    </message>
    <message>
        <source>Organisation of the walk-in</source>
        <translation>Organisation du non-inscrit</translation>
    </message>
    <message>
        <source>A&amp;dd walk-in</source>
        <translation>&amp;Ajouter le non-inscrit</translation>
    </message>
    <message>
        <source>Add the walk-in as present</source>
        <translation>Ajouter le non-inscrit comme présent</translation>
    </message>
    <message>
        <source>&amp;Import sign-in list…</source>
        <translation>&amp;Importer une liste d&apos;émargement…</translation>
    </message>
    <message>
        <source>Import a sign-in list (CSV or Excel)</source>
        <translation>Importer une liste d&apos;émargement (CSV ou Excel)</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) list of names and organisations, checked first</source>
        <translation>Une liste CSV ou Excel (.xlsx) de noms et d&apos;organisations, vérifiée d&apos;abord</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>&amp;Walk-in:</source>
        <translation>&amp;Non-inscrit :</translation>
    </message>
    <message>
        <source>&amp;of:</source>
        <translation>&amp;de :</translation>
    </message>
    <message>
        <source>{n} present from {m} organisations, of {total} listed.</source>
        <translation>{n} présents de {m} organisations, sur {total} inscrits.</translation>
    </message>
    <message>
        <source>No partner organisation</source>
        <translation>Aucune organisation partenaire</translation>
    </message>
    <message>
        <source>Tick present</source>
        <translation>Cocher présent</translation>
    </message>
    <message>
        <source>Untick present</source>
        <translation>Décocher présent</translation>
    </message>
    <message>
        <source>Present: {names}.</source>
        <translation>Présents : {names}.</translation>
    </message>
    <message>
        <source>Not here: {names}.</source>
        <translation>Absents : {names}.</translation>
    </message>
    <message>
        <source>{name} is already ticked present.</source>
        <translation>{name} est déjà coché(e) présent(e).</translation>
    </message>
    <message>
        <source>Added {name}, present.</source>
        <translation>{name} ajouté(e), présent(e).</translation>
    </message>
    <message>
        <source>Import a sign-in list</source>
        <translation>Importer une liste d&apos;émargement</translation>
    </message>
    <message>
        <source>Sign-in lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Listes d&apos;émargement (*.csv *.xlsx *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the sign-in list…</source>
        <translation>Lecture de la liste d&apos;émargement…</translation>
    </message>
    <message>
        <source>The sign-in list holds no names: nothing changed.</source>
        <translation>La liste d&apos;émargement ne contient aucun nom : rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Import sign-in list</source>
        <translation>Importer la liste d&apos;émargement</translation>
    </message>
    <message>
        <source>Everyone on the list was already present.</source>
        <translation>Toutes les personnes de la liste étaient déjà présentes.</translation>
    </message>
    <message>
        <source>Ticked {n} people present from the sign-in list.</source>
        <translation>{n} personnes cochées présentes d&apos;après la liste d&apos;émargement.</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>not here</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation>Aucune organisation</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>This failed because of a bug in Workshop App (it has been logged): {error}</source>
        <translation>Échec dû à un bogue de Workshop App (il a été consigné) : {error}</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>manual</source>
        <translation>manuelle</translation>
    </message>
</context>
<context>
    <name>BalancePanel</name>
    <message>
        <source>Balance of the adopted indicators</source>
        <translation>Équilibre des indicateurs adoptés</translation>
    </message>
    <message>
        <source>Computed from the agreement votes; the room sees the chart. Adopt or re-vote to change it.</source>
        <translation>Calculé à partir des votes sur les indicateurs ; la salle voit le graphique. Adoptez un indicateur ou votez de nouveau pour le modifier.</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptés</translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <source>Deleted workshops</source>
        <translation>Ateliers supprimés</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Workshops you deleted. Restore puts one back.</source>
        <translation>Les ateliers que vous avez supprimés. Restaurer en remet un en place.</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>No collaborations yet. Try: workshop-app demo</source>
        <translation>Aucune collaboration pour l&apos;instant. Essayez : workshop-app demo</translation>
    </message>
    <message>
        <source>{n} partners</source>
        <translation>{n} partenaires</translation>
    </message>
    <message>
        <source>no workshops</source>
        <translation>aucun atelier</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation>{n} éléments</translation>
    </message>
    <message>
        <source>--limit must be 1 or more.</source>
        <translation>--limit doit valoir 1 ou plus.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>collaboration name</source>
        <translation>nom de la collaboration</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>Nothing matches {words!r}.</source>
        <translation>Rien ne correspond à {words!r}.</translation>
    </message>
    <message>
        <source>collaboration found by its name; no workshop yet</source>
        <translation>collaboration trouvée par son nom ; pas encore d&apos;atelier</translation>
    </message>
    <message numerus="yes">
        <source>said in %n item</source>
        <translation>
            <numerusform>dit dans %n élément</numerusform>
            <numerusform>dit dans %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>said in %n items</source>
        <translation>
            <numerusform>dit dans %n élément</numerusform>
            <numerusform>dit dans %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>found by {why}</source>
        <translation>trouvé par {why}</translation>
    </message>
    <message>
        <source>The demo collaboration is already in {path} (id {id}); nothing was added.</source>
        <translation>La collaboration de démonstration est déjà dans {path} (id {id}) ; rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>Added the demo collaboration &apos;{name}&apos; ({id}) to {path}.</source>
        <translation>Collaboration de démonstration &apos;{name}&apos; ({id}) ajoutée à {path}.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Il n&apos;y a pas de base de données à {path}.</translation>
    </message>
    <message>
        <source>{path} is damaged: {problems}. Restore a backup.</source>
        <translation>{path} est endommagé : {problems}. Restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>{path}: no damage found; format version {version} (this app reads up to {known}).</source>
        <translation>{path} : aucun dommage trouvé ; version de format {version} (cette application lit jusqu&apos;à la {known}).</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>atelier</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name or allow overwriting (--force).</source>
        <translation>{path} existe déjà ; choisissez un autre nom ou autorisez l&apos;écrasement (--force).</translation>
    </message>
    <message>
        <source>{id} matches several {what}s; give more of the id.</source>
        <translation>{id} correspond à plusieurs {what}s ; donnez une plus grande partie de l&apos;id.</translation>
    </message>
    <message>
        <source>There is no {what} with the id {id} (see: workshop-app list).</source>
        <translation>Il n&apos;y a pas de {what} avec l&apos;id {id} (voir : workshop-app list).</translation>
    </message>
    <message>
        <source>Give either a WORKSHOP_ID or --collaboration, not both.</source>
        <translation>Donnez soit un WORKSHOP_ID, soit --collaboration, pas les deux.</translation>
    </message>
    <message>
        <source>Say what to export: a WORKSHOP_ID or --collaboration ID.</source>
        <translation>Indiquez quoi exporter : un WORKSHOP_ID ou --collaboration ID.</translation>
    </message>
    <message>
        <source>--table only applies to --format csv.</source>
        <translation>--table ne s&apos;applique qu&apos;à --format csv.</translation>
    </message>
    <message>
        <source>collaboration</source>
        <translation>collaboration</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>{path} écrit.</translation>
    </message>
    <message>
        <source>There is no table {name}; choose one of: {names}.</source>
        <translation>Il n&apos;y a pas de table {name} ; choisissez parmi : {names}.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another folder or allow overwriting (--force).</source>
        <translation>{path} existe déjà ; choisissez un autre dossier ou autorisez l&apos;écrasement (--force).</translation>
    </message>
    <message>
        <source>Wrote {n} tables to {folder}.</source>
        <translation>{n} tables écrites dans {folder}.</translation>
    </message>
    <message>
        <source>Wrote {path} ({paper}).</source>
        <translation>{path} écrit ({paper}).</translation>
    </message>
    <message>
        <source>--size must look like 1920x1080.</source>
        <translation>--size doit avoir la forme 1920x1080.</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Aucune sauvegarde pour l&apos;instant.</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>saine</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>ENDOMMAGÉE</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>Sauvegarde écrite dans {path}.</translation>
    </message>
    <message>
        <source>There is no backup at {path}.</source>
        <translation>Il n&apos;y a pas de sauvegarde à {path}.</translation>
    </message>
    <message>
        <source>Restored {backup} into {path}.</source>
        <translation>{backup} restaurée dans {path}.</translation>
    </message>
    <message>
        <source>There is no exercise kind {key!r}; &apos;methods&apos; lists them.</source>
        <translation>Il n&apos;y a pas de type d&apos;exercice {key!r} ; &apos;methods&apos; les liste.</translation>
    </message>
    <message>
        <source>The workshop has {n} blocks; choose one from 1 to {n}.</source>
        <translation>L&apos;atelier compte {n} blocs ; choisissez-en un de 1 à {n}.</translation>
    </message>
    <message>
        <source>Cannot serve on {host} port {port}: {reason}.</source>
        <translation>Impossible de servir sur {host} port {port} : {reason}.</translation>
    </message>
    <message>
        <source>Join at {address} with code {code} (Ctrl+C stops).</source>
        <translation>Rejoindre à {address} avec le code {code} (Ctrl+C pour arrêter).</translation>
    </message>
    <message>
        <source>the database file (default: $WORKSHOP_APP_DB or the user data folder)</source>
        <translation>le fichier de base de données (par défaut : $WORKSHOP_APP_DB ou le dossier de données de l&apos;utilisateur)</translation>
    </message>
    <message>
        <source>overwrite an existing output file</source>
        <translation>écraser un fichier de sortie existant</translation>
    </message>
    <message>
        <source>the block&apos;s number in the agenda, from 1 (default: 1)</source>
        <translation>le numéro du bloc dans l&apos;ordre du jour, à partir de 1 (par défaut : 1)</translation>
    </message>
    <message>
        <source>the language to write in (default: the room and exports language chosen in Edit → Preferences…, else this computer&apos;s)</source>
        <translation>la langue dans laquelle écrire (par défaut : la langue de la salle et des exports choisie dans Edition → Préférences…, sinon celle de cet ordinateur)</translation>
    </message>
    <message>
        <source>Facilitate cross-sector partnership workshops offline. Without a command, opens the window.</source>
        <translation>Animer hors ligne des ateliers de partenariats intersectoriels. Sans commande, ouvre la fenêtre.</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>afficher la version et quitter</translation>
    </message>
    <message>
        <source>open the window (the default)</source>
        <translation>ouvrir la fenêtre (par défaut)</translation>
    </message>
    <message>
        <source>list collaborations and their workshops with ids</source>
        <translation>lister les collaborations et leurs ateliers avec leurs id</translation>
    </message>
    <message>
        <source>add the demo collaboration &apos;Safer Riverton Partnership&apos; (once: does nothing if it is already there)</source>
        <translation>ajouter la collaboration de démonstration &apos;Safer Riverton Partnership&apos; (une seule fois : ne fait rien si elle existe déjà)</translation>
    </message>
    <message>
        <source>check the database for damage and show its format version</source>
        <translation>vérifier que la base de données n&apos;est pas endommagée et afficher sa version de format</translation>
    </message>
    <message>
        <source>describe every exercise kind: what it captures, who sees it, its settings</source>
        <translation>décrire chaque type d&apos;exercice : ce qu&apos;il recueille, qui le voit, ses paramètres</translation>
    </message>
    <message>
        <source>the method library: every exercise kind with its purpose, or one kind&apos;s whole entry (when to use it, group size, time needed, steps)</source>
        <translation>la bibliothèque de méthodes : chaque type d&apos;exercice avec sa finalité, ou la fiche complète d&apos;un type (quand l&apos;utiliser, taille du groupe, durée, étapes)</translation>
    </message>
    <message>
        <source>show this kind&apos;s whole entry (its key, as methods lists it)</source>
        <translation>afficher la fiche complète de ce type (sa clé, telle que methods la liste)</translation>
    </message>
    <message>
        <source>find collaborations by name, workshops by title or place, and what was said in them (best match first; the words found in bold, or *so* when not a terminal)</source>
        <translation>trouver des collaborations par leur nom, des ateliers par leur titre ou leur lieu, et ce qui y a été dit (meilleure correspondance d&apos;abord ; mots trouvés en gras, ou *ainsi* hors d&apos;un terminal)</translation>
    </message>
    <message>
        <source>what to look for</source>
        <translation>ce qu&apos;il faut chercher</translation>
    </message>
    <message>
        <source>at most this many workshops (50)</source>
        <translation>au plus ce nombre d&apos;ateliers (50)</translation>
    </message>
    <message>
        <source>export a workshop summary, its tables or data, or a collaboration report</source>
        <translation>exporter le compte rendu d&apos;un atelier, ses tables ou ses données, ou un rapport de collaboration</translation>
    </message>
    <message>
        <source>the workshop&apos;s id (or a unique start of it; see list)</source>
        <translation>l&apos;id de l&apos;atelier (ou un début unique de celui-ci ; voir list)</translation>
    </message>
    <message>
        <source>export the report across all workshops of this collaboration instead</source>
        <translation>exporter plutôt le rapport couvrant tous les ateliers de cette collaboration</translation>
    </message>
    <message>
        <source>output format (default: md)</source>
        <translation>format de sortie (par défaut : md)</translation>
    </message>
    <message>
        <source>who it is for: public = public items only, partners = all but internal, internal = everything (default: partners)</source>
        <translation>à qui il est destiné : public = éléments publics seulement, partners = tout sauf l&apos;interne, internal = tout (par défaut : partners)</translation>
    </message>
    <message>
        <source>write to this file (for csv: a folder, or a .csv file with --table, or a .zip); default: standard output</source>
        <translation>écrire dans ce fichier (pour csv : un dossier, ou un fichier .csv avec --table, ou un .zip) ; par défaut : la sortie standard</translation>
    </message>
    <message>
        <source>csv only: one table ({names})</source>
        <translation>csv uniquement : une seule table ({names})</translation>
    </message>
    <message>
        <source>pdf only: paper size (default: a4)</source>
        <translation>pdf uniquement : format du papier (par défaut : a4)</translation>
    </message>
    <message>
        <source>print the paper for the tables to one PDF: the agenda with times, a sign-in sheet, ballots, dot votes, idea cards and the join card</source>
        <translation>imprimer les supports papier pour les tables dans un seul PDF : l&apos;ordre du jour avec les horaires, une feuille d&apos;émargement, des bulletins, des votes par gommettes, des cartes à idées et la carte de connexion</translation>
    </message>
    <message>
        <source>paper size (default: the paper of this computer&apos;s region)</source>
        <translation>format du papier (par défaut : celui de la région de cet ordinateur)</translation>
    </message>
    <message>
        <source>import a workshop from a JSON file exported by this app</source>
        <translation>importer un atelier depuis un fichier JSON exporté par cette application</translation>
    </message>
    <message>
        <source>save what the projector shows for one block as PNG</source>
        <translation>enregistrer en PNG ce que le projecteur affiche pour un bloc</translation>
    </message>
    <message>
        <source>the page, for a room view too long for one screen (default: 1)</source>
        <translation>la page, pour une vue de la salle trop longue pour un seul écran (par défaut : 1)</translation>
    </message>
    <message>
        <source>open one block to the room&apos;s phones: prints the join address and code, serves until interrupted</source>
        <translation>ouvrir un bloc aux téléphones de la salle : affiche l&apos;adresse et le code de connexion, sert jusqu&apos;à interruption</translation>
    </message>
    <message>
        <source>the address to listen on (default: every network of this computer)</source>
        <translation>l&apos;adresse d&apos;écoute (par défaut : tous les réseaux de cet ordinateur)</translation>
    </message>
    <message>
        <source>the port (default: any free one)</source>
        <translation>le port (par défaut : n&apos;importe quel port libre)</translation>
    </message>
    <message>
        <source>make a backup copy of the database now</source>
        <translation>faire tout de suite une copie de sauvegarde de la base de données</translation>
    </message>
    <message>
        <source>list existing backups instead</source>
        <translation>lister plutôt les sauvegardes existantes</translation>
    </message>
    <message>
        <source>replace the database by a backup (the replaced file is kept aside)</source>
        <translation>remplacer la base de données par une sauvegarde (le fichier remplacé est mis de côté)</translation>
    </message>
    <message>
        <source>said in {n} item</source>
        <translation type="vanished">dit dans {n} élément</translation>
    </message>
    <message>
        <source>said in {n} items</source>
        <translation type="vanished">dit dans {n} éléments</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Shares…</source>
        <translation>Partage…</translation>
    </message>
    <message>
        <source>…with</source>
        <translation>…avec</translation>
    </message>
    <message>
        <source>no ratings yet</source>
        <translation>pas encore de notes</translation>
    </message>
    <message>
        <source>average {average} of 5 · {count} ratings</source>
        <translation>moyenne {average} sur 5 · {count} notes</translation>
    </message>
</context>
<context>
    <name>ChoiceDelegate</name>
    <message>
        <source>Choose a value</source>
        <translation>Choisir une valeur</translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <source>Judging indicators</source>
        <translation>Évaluer les indicateurs</translation>
    </message>
    <message>
        <source>Capacity check</source>
        <translation>Vérification des capacités</translation>
    </message>
    <message>
        <source>Kind of the next criterion</source>
        <translation>Type du prochain critère</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>A criterion, then Enter</source>
        <translation>Un critère, puis Entrée</translation>
    </message>
    <message>
        <source>Add the standard criteria</source>
        <translation>Ajouter les critères standard</translation>
    </message>
    <message>
        <source>Relevant to the vision and the facts, data obtainable in time, lived experience; expertise, access, resources (Ctrl+D)</source>
        <translation>Pertinent pour la vision et les faits, données disponibles à temps, vécu des personnes ; expertise, accès, ressources (Ctrl+D)</translation>
    </message>
    <message>
        <source>Agree these before anyone proposes an indicator. Each indicator is then scored against them.</source>
        <translation>Mettez-vous d&apos;accord sur ces critères avant que quiconque ne propose un indicateur. Chaque indicateur est ensuite évalué par rapport à eux.</translation>
    </message>
</context>
<context>
    <name>DataInventoryPanel</name>
    <message>
        <source>Shared by</source>
        <translation>Partagé par</translation>
    </message>
    <message>
        <source>Shared &amp;by:</source>
        <translation>Partagé &amp;par :</translation>
    </message>
    <message>
        <source>Data to be shared</source>
        <translation>Données à partager</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Legal constraints</source>
        <translation>Contraintes juridiques</translation>
    </message>
    <message>
        <source>What will be shared? Then Enter</source>
        <translation>Que sera-t-il partagé ? Puis Entrée</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Partagé avec</translation>
    </message>
    <message>
        <source>Other constraints</source>
        <translation>Autres contraintes</translation>
    </message>
    <message>
        <source>Other constraints, separated by commas</source>
        <translation>Autres contraintes, séparées par des virgules</translation>
    </message>
    <message>
        <source>Partnership history warnings</source>
        <translation>Alertes sur l&apos;historique du partenariat</translation>
    </message>
    <message>
        <source>Selected commitment</source>
        <translation>Engagement sélectionné</translation>
    </message>
    <message>
        <source>Select a commitment to tick who receives it and the rules that apply.</source>
        <translation>Sélectionnez un engagement pour cocher qui le reçoit et les règles qui s&apos;appliquent.</translation>
    </message>
    <message>
        <source>Shared w&amp;ith (Space ticks):</source>
        <translation>Partagé a&amp;vec (Espace coche) :</translation>
    </message>
    <message>
        <source>&amp;Legal constraints (Space ticks):</source>
        <translation>Contraintes &amp;juridiques (Espace coche) :</translation>
    </message>
    <message>
        <source>Partnership history:</source>
        <translation>Historique du partenariat :</translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n pair(s) without a good history</source>
        <translation>
            <numerusform>Attention : %n paire sans bon historique</numerusform>
            <numerusform>Attention : %n paires sans bon historique</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: {w}</source>
        <translation>Attention : {w}</translation>
    </message>
    <message>
        <source>Change who receives the data</source>
        <translation>Modifier qui reçoit les données</translation>
    </message>
    <message>
        <source>Change legal constraints</source>
        <translation>Modifier les contraintes juridiques</translation>
    </message>
    <message>
        <source>Change other constraints</source>
        <translation>Modifier les autres contraintes</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="vanished">— choisir —</translation>
    </message>
</context>
<context>
    <name>DialogCommands</name>
    <message>
        <source>Open a workshop or select a collaboration first: actions are followed per collaboration.</source>
        <translation>Ouvrez d&apos;abord un atelier ou sélectionnez une collaboration : les actions sont suivies par collaboration.</translation>
    </message>
    <message>
        <source>Open a workshop or select a collaboration with a meeting first: measurements are recorded with a meeting.</source>
        <translation>Ouvrez d&apos;abord un atelier ou sélectionnez une collaboration qui a une réunion : les relevés sont enregistrés avec une réunion.</translation>
    </message>
    <message>
        <source>Open a workshop or select a collaboration first: a report covers one.</source>
        <translation>Ouvrez d&apos;abord un atelier ou sélectionnez une collaboration : un rapport en couvre une.</translation>
    </message>
    <message>
        <source>Open a workshop first: its agenda becomes the template.</source>
        <translation>Ouvrez d&apos;abord un atelier : son ordre du jour devient le modèle.</translation>
    </message>
    <message>
        <source>Saved “{name}” as your template: New workshop and Add from template offer it.</source>
        <translation>« {name} » enregistré comme votre modèle : Nouvel atelier et Ajouter depuis un modèle le proposent.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Open a workshop first.</source>
        <translation>Ouvrez d&apos;abord un atelier.</translation>
    </message>
    <message>
        <source>Handouts</source>
        <translation>Supports papier</translation>
    </message>
</context>
<context>
    <name>Discretion</name>
    <message>
        <source>Change who is {role}: {decision}</source>
        <translation>Modifier le rôle « {role} » : {decision}</translation>
    </message>
    <message>
        <source>Decides</source>
        <translation>Décide</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Consulté</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Informé</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>{label}:</source>
        <translation>{label} :</translation>
    </message>
</context>
<context>
    <name>EditableTable</name>
    <message>
        <source>This cell counts: type a number (or + and −). Words go in the side lists: Ctrl+Shift+F a private note, Ctrl+Shift+D a decision, Ctrl+Shift+P the parking lot.</source>
        <translation>Cette cellule sert au décompte : tapez un nombre (ou + et −). Les mots vont dans les listes latérales : Ctrl+Shift+F une note privée, Ctrl+Shift+D une décision, Ctrl+Shift+P le parking.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>⚠ Problem: {message}</source>
        <translation>⚠ Problème : {message}</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <source>Purpose not chosen yet</source>
        <translation>Finalité pas encore choisie</translation>
    </message>
    <message>
        <source>Learning: what works, what to change</source>
        <translation>Apprentissage : ce qui marche, ce qu&apos;il faut changer</translation>
    </message>
    <message>
        <source>Accountability: did we do what we promised</source>
        <translation>Redevabilité : avons-nous fait ce que nous avions promis</translation>
    </message>
    <message>
        <source>Funding: the case for continuing</source>
        <translation>Financement : les arguments pour continuer</translation>
    </message>
</context>
<context>
    <name>EvaluationPurposePanel</name>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>B&amp;ut :</translation>
    </message>
    <message>
        <source>Purpose of the next question</source>
        <translation>Finalité de la prochaine question</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Pour qui</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Pour le</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Agreed?</source>
        <translation>Acceptée ?</translation>
    </message>
    <message>
        <source>✔ Agreed</source>
        <translation>✔ Acceptée</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Agreed / not yet (Ctrl+Return)</source>
        <translation>Accepté / pas encore (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Select a question in the list first.</source>
        <translation>Sélectionnez d&apos;abord une question dans la liste.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>The question the evaluation must answer, then Enter</source>
        <translation>La question à laquelle l&apos;évaluation doit répondre, puis Entrée</translation>
    </message>
    <message>
        <source>Choose the purpose, type the question and press Enter (Tab first to say for whom, by when and with which indicators).</source>
        <translation>Choisissez la finalité, tapez la question et appuyez sur Entrée (Tab d&apos;abord pour indiquer pour qui, pour quand et avec quels indicateurs).</translation>
    </message>
</context>
<context>
    <name>Exercises</name>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Building trust</source>
        <translation>Bâtir la confiance</translation>
    </message>
    <message>
        <source>Scoping the issue and a common fact base</source>
        <translation>Cadrer le problème et établir une base factuelle commune</translation>
    </message>
    <message>
        <source>Agreeing on measures of success</source>
        <translation>S&apos;accorder sur les mesures de réussite</translation>
    </message>
    <message>
        <source>Committing to information sharing</source>
        <translation>S&apos;engager à partager l&apos;information</translation>
    </message>
    <message>
        <source>Since last meeting</source>
        <translation>Depuis la dernière réunion</translation>
    </message>
    <message>
        <source>Go through the actions of earlier meetings owner by owner and mark each done, in progress or dropped, with a note. Read back the last meeting&apos;s decisions, and bring in the parked topics this meeting will take up.</source>
        <translation>Passez en revue les actions des réunions précédentes, responsable par responsable, et marquez chacune faite, en cours ou abandonnée, avec une note. Relisez les décisions de la dernière réunion et reprenez les sujets du parking que cette réunion va traiter.</translation>
    </message>
    <message>
        <source>What have we done since last time?</source>
        <translation>Qu&apos;avons-nous fait depuis la dernière fois ?</translation>
    </message>
    <message>
        <source>Open discussion</source>
        <translation>Discussion ouverte</translation>
    </message>
    <message>
        <source>Use for anything the agenda needs that has no exercise of its own. Capture what people say in their words; group similar points into clusters afterwards rather than while people talk.</source>
        <translation>Pour tout ce dont l&apos;ordre du jour a besoin et qui n&apos;a pas d&apos;exercice propre. Notez ce que les gens disent avec leurs mots ; regroupez les points semblables après coup plutôt que pendant qu&apos;ils parlent.</translation>
    </message>
    <message>
        <source>What should we discuss?</source>
        <translation>De quoi devrions-nous discuter ?</translation>
    </message>
    <message>
        <source>Vote on anything</source>
        <translation>Voter sur n&apos;importe quelle liste</translation>
    </message>
    <message>
        <source>Type the options or choose a list from an earlier block, then announce the method and the decision rule before anyone votes. Enter the tallies, reveal them and look at the spread before saying what was adopted.</source>
        <translation>Tapez les options ou choisissez une liste d&apos;un bloc précédent, puis annoncez la méthode et la règle de décision avant tout vote. Saisissez les décomptes, révélez-les et regardez la dispersion avant de dire ce qui est adopté.</translation>
    </message>
    <message>
        <source>Which of these do we choose?</source>
        <translation>Laquelle de ces options choisissons-nous ?</translation>
    </message>
    <message>
        <source>Wrap-up: decisions and actions</source>
        <translation>Clôture : décisions et actions</translation>
    </message>
    <message>
        <source>Read back the decisions taken today and check each one with the room: Alt+R goes to the list, Space ticks each as read back. Every action needs one owner (a person, not an organisation) and a date. Look at the parking lot: give each item an owner or agree to drop it.</source>
        <translation>Relisez les décisions prises aujourd&apos;hui et vérifiez chacune avec la salle : Alt+R va à la liste, Espace marque chacune comme relue. Chaque action a besoin d&apos;un responsable (une personne, pas une organisation) et d&apos;une date. Passez en revue le parking : donnez un responsable à chaque sujet ou convenez de l&apos;abandonner.</translation>
    </message>
    <message>
        <source>What did we decide, who does what by when?</source>
        <translation>Qu&apos;avons-nous décidé, qui fait quoi et pour quand ?</translation>
    </message>
    <message>
        <source>Who is at the table</source>
        <translation>Qui est autour de la table</translation>
    </message>
    <message>
        <source>Go round the room: each organisation says who it is, what it brings, what it needs from this partnership and to whom it answers. Keep it short and concrete.</source>
        <translation>Faites un tour de salle : chaque organisation dit qui elle est, ce qu&apos;elle apporte, ce qu&apos;elle attend de ce partenariat et à qui elle rend des comptes. Restez bref et concret.</translation>
    </message>
    <message>
        <source>Who are we, what do we bring, what do we need, and to whom do we answer?</source>
        <translation>Qui sommes-nous, qu&apos;apportons-nous, de quoi avons-nous besoin et à qui rendons-nous des comptes ?</translation>
    </message>
    <message>
        <source>Partnership history</source>
        <translation>Historique du partenariat</translation>
    </message>
    <message>
        <source>Ask which partners have worked together before and how it went. A failed or missing history is not a verdict; it tells you where trust must be built before data can be shared.</source>
        <translation>Demandez quels partenaires ont déjà travaillé ensemble et comment cela s&apos;est passé. Un historique d&apos;échec ou l&apos;absence d&apos;historique n&apos;est pas un verdict ; cela vous indique où la confiance doit être bâtie avant de pouvoir partager des données.</translation>
    </message>
    <message>
        <source>Where have we worked together before, and what did we learn?</source>
        <translation>Où avons-nous déjà travaillé ensemble, et qu&apos;en avons-nous appris ?</translation>
    </message>
    <message>
        <source>Trust check-in</source>
        <translation>Baromètre de confiance</translation>
    </message>
    <message>
        <source>Read each statement; people rate it 1 to 5 by show of hands or on paper. Enter the tallies; keep results hidden until everyone has rated.</source>
        <translation>Lisez chaque affirmation ; les participants la notent de 1 à 5 à main levée ou sur papier. Saisissez les décomptes ; gardez les résultats masqués jusqu&apos;à ce que tout le monde ait noté.</translation>
    </message>
    <message>
        <source>How far do you agree? 1 = not at all, 5 = completely.</source>
        <translation>Dans quelle mesure êtes-vous d&apos;accord ? 1 = pas du tout, 5 = tout à fait.</translation>
    </message>
    <message>
        <source>Hopes, concerns and working agreements</source>
        <translation>Espoirs, inquiétudes et accords de fonctionnement</translation>
    </message>
    <message>
        <source>Collect hopes and concerns first, then turn concerns into working agreements the room can hold each other to. Mark an agreement agreed only when nobody objects.</source>
        <translation>Recueillez d&apos;abord les espoirs et les inquiétudes, puis transformez les inquiétudes en accords de fonctionnement que chacun peut faire respecter. Ne marquez un accord comme accepté que si personne ne s&apos;y oppose.</translation>
    </message>
    <message>
        <source>What do we hope for, what worries us, and how will we work together?</source>
        <translation>Qu&apos;espérons-nous, qu&apos;est-ce qui nous inquiète, et comment allons-nous travailler ensemble ?</translation>
    </message>
    <message>
        <source>Shared vision of success</source>
        <translation>Vision partagée de la réussite</translation>
    </message>
    <message>
        <source>Ask each partner to finish the sentence &apos;We will know this partnership worked when…&apos;. Put the statements up, give everyone three dots, then combine the favourites into one vision the room can repeat. Mark it as the vision.</source>
        <translation>Demandez à chaque partenaire de compléter la phrase « Nous saurons que ce partenariat a réussi quand… ». Affichez les énoncés, donnez trois gommettes à chacun, puis combinez les favoris en une seule vision que la salle peut répéter. Marquez-la comme la vision.</translation>
    </message>
    <message>
        <source>What does success look like, for all of us?</source>
        <translation>À quoi ressemble la réussite, pour nous tous ?</translation>
    </message>
    <message>
        <source>Interdependency</source>
        <translation>Interdépendance</translation>
    </message>
    <message>
        <source>Go round the table: what does each partner need from another to do its part? Choose who needs it, type what, say from whom. The room sees which sectors depend on which; mark a need promised when the partner named says it will provide it.</source>
        <translation>Faites le tour de la table : de quoi chaque partenaire a-t-il besoin d&apos;un autre pour faire sa part ? Choisissez qui en a besoin, tapez quoi, indiquez auprès de qui. La salle voit quels secteurs dépendent de quels autres ; marquez un besoin comme promis quand le partenaire nommé dit qu&apos;il y répondra.</translation>
    </message>
    <message>
        <source>What does each of us need from the others?</source>
        <translation>De quoi chacun de nous a-t-il besoin des autres ?</translation>
    </message>
    <message>
        <source>Account for resources</source>
        <translation>Recenser les ressources</translation>
    </message>
    <message>
        <source>Ask each partner what it brings: money, staff time, data, facilities, authority, relationships. Then name what the partnership needs that nobody brings yet. The room sees partners by kind of resource, and the gaps.</source>
        <translation>Demandez à chaque partenaire ce qu&apos;il apporte : argent, temps de personnel, données, locaux, autorité, relations. Puis nommez ce dont le partenariat a besoin et que personne n&apos;apporte encore. La salle voit les partenaires par type de ressource, et les manques.</translation>
    </message>
    <message>
        <source>What does each of us bring, and what do we still need?</source>
        <translation>Qu&apos;apporte chacun de nous, et de quoi avons-nous encore besoin ?</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>Carte des parties prenantes</translation>
    </message>
    <message>
        <source>Name who else is affected by the issue or missing from the table. Place each on the grid: high or low power, high or low interest. The room sees the four quadrants with their advice; invite someone and it becomes an action item.</source>
        <translation>Nommez qui d&apos;autre est concerné par le problème ou absent de la table. Placez chacun sur la grille : pouvoir fort ou faible, intérêt fort ou faible. La salle voit les quatre quadrants avec leur conseil ; invitez quelqu&apos;un et cela devient une action.</translation>
    </message>
    <message>
        <source>Who else is affected, or missing from this table?</source>
        <translation>Qui d&apos;autre est concerné, ou absent de cette table ?</translation>
    </message>
    <message>
        <source>Share discretion</source>
        <translation>Partager le pouvoir de décision</translation>
    </message>
    <message>
        <source>List the decisions the partnership will make. For each, tick which partners decide, which are consulted before and which are informed after. The room sees a decision-rights table; decisions nobody decides yet are named.</source>
        <translation>Listez les décisions que le partenariat prendra. Pour chacune, cochez quels partenaires décident, lesquels sont consultés avant et lesquels sont informés après. La salle voit un tableau des droits de décision ; les décisions que personne ne prend encore sont signalées.</translation>
    </message>
    <message>
        <source>Which decisions will we make together, and who makes them?</source>
        <translation>Quelles décisions prendrons-nous ensemble, et qui les prend ?</translation>
    </message>
    <message>
        <source>Governance and a manager</source>
        <translation>Gouvernance et coordination</translation>
    </message>
    <message>
        <source>Go through six topics: structure, meeting cadence, how decisions are made, how disputes are settled, the manager&apos;s role and who fills it. Type each point under its topic and mark it agreed when the room agrees.</source>
        <translation>Passez en revue six sujets : la structure, le rythme des réunions, la façon de décider, la façon de régler les différends, le rôle du coordinateur et qui le tient. Tapez chaque point sous son sujet et marquez-le accepté quand la salle est d&apos;accord.</translation>
    </message>
    <message>
        <source>How will we govern ourselves, and who manages the work?</source>
        <translation>Comment allons-nous nous gouverner, et qui coordonne le travail ?</translation>
    </message>
    <message>
        <source>Transparency of viewpoints</source>
        <translation>Transparence des points de vue</translation>
    </message>
    <message>
        <source>Ask each sector how the issue looks from where it sits. Choose the sector, type the view, Enter. The room sees the sectors side by side; views from phones are anonymous.</source>
        <translation>Demandez à chaque secteur comment il voit le problème depuis sa place. Choisissez le secteur, tapez le point de vue, Entrée. La salle voit les secteurs côte à côte ; les points de vue envoyés par téléphone sont anonymes.</translation>
    </message>
    <message>
        <source>How does the issue look from where you sit?</source>
        <translation>Comment voyez-vous le problème depuis votre place ?</translation>
    </message>
    <message>
        <source>Scope the issue</source>
        <translation>Cadrer le problème</translation>
    </message>
    <message>
        <source>Start from the broad topic and break it into sub-issues. Mark each in scope, out of scope, or later. Finish with one problem statement everybody can repeat.</source>
        <translation>Partez du thème général et décomposez-le en sous-problèmes. Marquez chacun dans le périmètre, hors périmètre ou plus tard. Terminez par un énoncé du problème que chacun peut répéter.</translation>
    </message>
    <message>
        <source>What exactly are we trying to solve together?</source>
        <translation>Que cherchons-nous exactement à résoudre ensemble ?</translation>
    </message>
    <message>
        <source>Positions to interests</source>
        <translation>Des positions aux intérêts</translation>
    </message>
    <message>
        <source>When someone states a fixed solution (a position), ask why it matters to them. Record the interest behind it. The room sees the interests, not who said what.</source>
        <translation>Quand quelqu&apos;un avance une solution arrêtée (une position), demandez pourquoi elle compte pour lui. Notez l&apos;intérêt qui la sous-tend. La salle voit les intérêts, pas qui a dit quoi.</translation>
    </message>
    <message>
        <source>Behind each position: what do we really need?</source>
        <translation>Derrière chaque position : de quoi avons-nous vraiment besoin ?</translation>
    </message>
    <message>
        <source>Fact base</source>
        <translation>Base factuelle</translation>
    </message>
    <message>
        <source>List the facts that matter, each with its source and date. Ask the room whether it is agreed, disputed, or needs data. Open questions get an owner and a date.</source>
        <translation>Listez les faits qui comptent, chacun avec sa source et sa date. Demandez à la salle s&apos;il est admis, contesté, ou si des données manquent. Les questions ouvertes reçoivent un responsable et une date.</translation>
    </message>
    <message>
        <source>What do we know, how do we know it, and what do we still need to find out?</source>
        <translation>Que savons-nous, comment le savons-nous, et que devons-nous encore découvrir ?</translation>
    </message>
    <message>
        <source>Criteria for good indicators</source>
        <translation>Critères de bons indicateurs</translation>
    </message>
    <message>
        <source>Before anyone proposes an indicator, agree how indicators will be judged. This keeps the later choice about the partnership, not about one partner.</source>
        <translation>Avant que quiconque ne propose un indicateur, convenez de la façon dont les indicateurs seront évalués. Le choix ultérieur porte ainsi sur le partenariat, pas sur un seul partenaire.</translation>
    </message>
    <message>
        <source>How will we judge whether an indicator is a good one?</source>
        <translation>Comment jugerons-nous si un indicateur est bon ?</translation>
    </message>
    <message>
        <source>Propose indicators</source>
        <translation>Proposer des indicateurs</translation>
    </message>
    <message>
        <source>Capture indicator names quickly while people talk; fill in the details after. Ask for at least one leading indicator and one that is not financial.</source>
        <translation>Notez rapidement les noms des indicateurs pendant que les gens parlent ; complétez les détails ensuite. Demandez au moins un indicateur avancé et un indicateur non financier.</translation>
    </message>
    <message>
        <source>How will we know we are succeeding?</source>
        <translation>Comment saurons-nous que nous réussissons ?</translation>
    </message>
    <message>
        <source>Agree on indicators</source>
        <translation>S&apos;accorder sur les indicateurs</translation>
    </message>
    <message>
        <source>Announce the decision rule before the vote. Enter the tallies, reveal them, and look at the spread: a sector that rates an indicator low is a conversation, not a rounding error.</source>
        <translation>Annoncez la règle de décision avant le vote. Saisissez les décomptes, révélez-les et regardez la dispersion : un secteur qui note bas un indicateur appelle une discussion, pas un arrondi.</translation>
    </message>
    <message>
        <source>Which indicators do we adopt?</source>
        <translation>Quels indicateurs adoptons-nous ?</translation>
    </message>
    <message>
        <source>Balance check</source>
        <translation>Vérifier l&apos;équilibre</translation>
    </message>
    <message>
        <source>Look at the adopted set as a whole: is it all financial? Does anything predict future performance? Can every partner report something to those it answers to?</source>
        <translation>Regardez l&apos;ensemble adopté dans sa globalité : est-il entièrement financier ? Quelque chose prédit-il les résultats futurs ? Chaque partenaire peut-il rendre compte de quelque chose à ceux devant qui il répond ?</translation>
    </message>
    <message>
        <source>Does our set of measures tell the whole story?</source>
        <translation>Notre ensemble de mesures raconte-t-il toute l&apos;histoire ?</translation>
    </message>
    <message>
        <source>Measures check-in</source>
        <translation>Point sur les mesures</translation>
    </message>
    <message>
        <source>Record what each agreed indicator measured since it was adopted: pick the indicator, type the value and press Enter, then set its date and source. The room sees each indicator&apos;s values over time against its baseline and target.</source>
        <translation>Notez ce que chaque indicateur adopté a mesuré depuis son adoption : choisissez l&apos;indicateur, tapez la valeur et appuyez sur Entrée, puis indiquez sa date et sa source. La salle voit les valeurs de chaque indicateur dans le temps, face à sa valeur de départ et à sa cible.</translation>
    </message>
    <message>
        <source>What do our measures say since last time?</source>
        <translation>Que disent nos mesures depuis la dernière fois ?</translation>
    </message>
    <message>
        <source>Evaluation purpose</source>
        <translation>Finalité de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Agree what the evaluation is for: choose the purpose (learning, accountability, funding), type the question it must answer, say for whom, by when and with which indicators. Mark the questions the room adopts.</source>
        <translation>Convenez de la finalité de l&apos;évaluation : choisissez-la (apprentissage, redevabilité, financement), tapez la question à laquelle elle doit répondre, indiquez pour qui, pour quand et avec quels indicateurs. Marquez les questions que la salle adopte.</translation>
    </message>
    <message>
        <source>What must our evaluation tell us, and whom?</source>
        <translation>Que doit nous dire notre évaluation, et à qui ?</translation>
    </message>
    <message>
        <source>Data inventory</source>
        <translation>Inventaire des données</translation>
    </message>
    <message>
        <source>Go partner by partner: what will you share, with whom, how often, in what form? Name the sensitivity and the laws or contracts that apply before anyone commits.</source>
        <translation>Procédez partenaire par partenaire : que partagerez-vous, avec qui, à quelle fréquence, sous quelle forme ? Nommez la sensibilité et les lois ou contrats applicables avant que quiconque ne s&apos;engage.</translation>
    </message>
    <message>
        <source>What will each of us share, with whom, and under which rules?</source>
        <translation>Que partagera chacun de nous, avec qui, et selon quelles règles ?</translation>
    </message>
    <message>
        <source>Public communication protocol</source>
        <translation>Protocole de communication publique</translation>
    </message>
    <message>
        <source>Agree who answers media and records requests for each partner, how partners warn each other, and how long a partner has to review before anything is released.</source>
        <translation>Convenez de qui répond aux médias et aux demandes d&apos;accès aux documents pour chaque partenaire, de la façon dont les partenaires se préviennent mutuellement, et du délai de relecture dont dispose un partenaire avant toute diffusion.</translation>
    </message>
    <message>
        <source>When the press or the public asks, who answers and how do we warn each other?</source>
        <translation>Quand la presse ou le public pose une question, qui répond et comment nous prévenons-nous ?</translation>
    </message>
    <message>
        <source>Information-sharing agreement</source>
        <translation>Accord de partage d&apos;informations</translation>
    </message>
    <message>
        <source>Read each commitment aloud and mark it agreed only when every party to it agrees. The summary turns the agreed commitments into a draft agreement for lawyers.</source>
        <translation>Lisez chaque engagement à voix haute et ne le marquez accepté que lorsque toutes les parties concernées l&apos;acceptent. Le compte rendu transforme les engagements acceptés en un projet d&apos;accord pour les juristes.</translation>
    </message>
    <message>
        <source>Which commitments do we sign up to?</source>
        <translation>À quels engagements souscrivons-nous ?</translation>
    </message>
    <message>
        <source>Partners will follow through on commitments</source>
        <translation>Les partenaires tiendront leurs engagements</translation>
    </message>
    <message>
        <source>My organisation&apos;s view is respected here</source>
        <translation>Le point de vue de mon organisation est respecté ici</translation>
    </message>
    <message>
        <source>I understand the other partners&apos; constraints</source>
        <translation>Je comprends les contraintes des autres partenaires</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>(withheld)</source>
        <translation>(non communiqué)</translation>
    </message>
    <message>
        <source>Partner {n} (name withheld)</source>
        <translation>Partenaire {n} (nom non communiqué)</translation>
    </message>
    <message>
        <source>Withheld: {n} more item(s) recorded here are not for this audience and are left out.</source>
        <translation>Non communiqué : {n} autre(s) élément(s) enregistré(s) ici ne sont pas destinés à ce public et sont omis.</translation>
    </message>
    <message>
        <source>{indicator}: {old} → {new} ({date})</source>
        <translation>{indicator} : {old} → {new} ({date})</translation>
    </message>
    <message>
        <source>{indicator}: {new} ({date}), its first measurement</source>
        <translation>{indicator} : {new} ({date}), son premier relevé</translation>
    </message>
    <message>
        <source>Measures that moved</source>
        <translation>Mesures qui ont évolué</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>pas encore de responsable</translation>
    </message>
    <message>
        <source>Since the last meeting: {done} done, {dropped} dropped; {open} still open, {late} of them overdue.</source>
        <translation>Depuis la dernière réunion : {done} faites, {dropped} abandonnées ; {open} encore ouvertes, dont {late} en retard.</translation>
    </message>
    <message>
        <source>Actions from earlier meetings</source>
        <translation>Actions des réunions précédentes</translation>
    </message>
    <message>
        <source>Done or dropped since the last meeting:</source>
        <translation>Faites ou abandonnées depuis la dernière réunion :</translation>
    </message>
    <message>
        <source>Overdue:</source>
        <translation>En retard :</translation>
    </message>
    <message>
        <source>{action} ({owner}, due {due})</source>
        <translation>{action} ({owner}, échéance {due})</translation>
    </message>
    <message>
        <source>Some actions of earlier meetings are not for this audience.</source>
        <translation>Certaines actions des réunions précédentes ne sont pas destinées à ce public.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Votes by answer</source>
        <translation>Votes par réponse</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>{people} people from {organisations} organisations; {before} from {then} at the last meeting.</source>
        <translation>{people} personnes de {organisations} organisations ; {before} de {then} à la dernière réunion.</translation>
    </message>
    <message>
        <source>Here this time, not last time: {names}.</source>
        <translation>Présents cette fois, pas la dernière fois : {names}.</translation>
    </message>
    <message>
        <source>At the last meeting, not this time: {names}.</source>
        <translation>Présents à la dernière réunion, pas cette fois : {names}.</translation>
    </message>
    <message>
        <source>Attendance compared</source>
        <translation>Présences comparées</translation>
    </message>
    <message>
        <source>There is no workshop with the id {id}.</source>
        <translation>Il n&apos;y a pas d&apos;atelier avec l&apos;id {id}.</translation>
    </message>
    <message>
        <source>{name} report</source>
        <translation>Rapport {name}</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name or allow overwriting (--force).</source>
        <translation>{path} existe déjà ; choisissez un autre nom ou autorisez l&apos;écrasement (--force).</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot write in {folder}: {reason}.</source>
        <translation>Impossible d&apos;écrire dans {folder} : {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Impossible d&apos;écrire {path} : {reason}.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Block number</source>
        <translation>Numéro du bloc</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Question posée</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
    <message>
        <source>Captured at</source>
        <translation>Saisi le</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Whole workshop</source>
        <translation>Atelier entier</translation>
    </message>
    <message>
        <source>Page </source>
        <translation>Page </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Made with Workshop App from {what}.</source>
        <translation>Réalisé avec Workshop App à partir de {what}.</translation>
    </message>
    <message>
        <source>There is no collaboration with the id {id}.</source>
        <translation>Il n&apos;y a pas de collaboration avec l&apos;id {id}.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>No decisions were recorded.</source>
        <translation>Aucune décision n&apos;a été enregistrée.</translation>
    </message>
    <message>
        <source>Audience: {audience}</source>
        <translation>Public visé : {audience}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Internal (facilitator)</source>
        <translation>Interne (animation)</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Room (projector)</source>
        <translation>Salle (projecteur)</translation>
    </message>
    <message>
        <source>Internal: contains everything, including facilitator notes and items marked internal. Do not send it outside the facilitation team.</source>
        <translation>Interne : contient tout, y compris les notes de l&apos;animateur et les éléments marqués internes. Ne pas le diffuser hors de l&apos;équipe d&apos;animation.</translation>
    </message>
    <message>
        <source>For partner organisations: contains public and partners items. Items marked internal and facilitator notes are left out.</source>
        <translation>Pour les organisations partenaires : contient les éléments publics et partenaires. Les éléments marqués internes et les notes de l&apos;animateur sont omis.</translation>
    </message>
    <message>
        <source>For the public: contains only items marked public, safe to release. Partners and internal items, facilitator notes and the draft information-sharing agreement are left out.</source>
        <translation>Pour le public : contient uniquement les éléments marqués publics, diffusables sans risque. Les éléments partenaires et internes, les notes de l&apos;animateur et le projet d&apos;accord de partage d&apos;informations sont omis.</translation>
    </message>
    <message>
        <source>What the projector may show: partners and public items, revealed results.</source>
        <translation>Ce que le projecteur peut afficher : éléments partenaires et publics, résultats révélés.</translation>
    </message>
    <message>
        <source>Who this is for</source>
        <translation>À qui il est destiné</translation>
    </message>
    <message>
        <source>Collaboration: {name}</source>
        <translation>Collaboration : {name}</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Date : {date}</translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation>Lieu : {place}</translation>
    </message>
    <message>
        <source>The partners</source>
        <translation>Les partenaires</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation>Représentants</translation>
    </message>
    <message>
        <source>Since the last meeting</source>
        <translation>Depuis la dernière réunion</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Parking</translation>
    </message>
    <message>
        <source>The parking lot is empty.</source>
        <translation>Le parking est vide.</translation>
    </message>
    <message>
        <source>Raised in</source>
        <translation>Soulevé lors de</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>pas encore de date</translation>
    </message>
    <message>
        <source>No action items were recorded.</source>
        <translation>Aucune action n&apos;a été enregistrée.</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation>Autres notes</translation>
    </message>
    <message>
        <source>Withheld: this section is not released to this audience.</source>
        <translation>Non communiqué : cette section n&apos;est pas diffusée à ce public.</translation>
    </message>
    <message>
        <source>Facilitator notes (internal)</source>
        <translation>Notes de l&apos;animateur (internes)</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Page {n} sur {total}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export workshop summary</source>
        <translation>Exporter le compte rendu de l&apos;atelier</translation>
    </message>
    <message>
        <source>Who is it for?</source>
        <translation>À qui est-il destiné ?</translation>
    </message>
    <message>
        <source>Audience: {name}</source>
        <translation>Public visé : {name}</translation>
    </message>
    <message>
        <source>What this audience will contain</source>
        <translation>Ce que contiendra la version pour ce public</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>CSV tables (.zip)</source>
        <translation>Tables CSV (.zip)</translation>
    </message>
    <message>
        <source>Paper of the PDF and of printing</source>
        <translation>Papier du PDF et de l&apos;impression</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <source>Preview of the summary</source>
        <translation>Aperçu du compte rendu</translation>
    </message>
    <message>
        <source>Preview (text; charts appear in HTML, PDF and Word)</source>
        <translation>Aperçu (texte ; les graphiques apparaissent en HTML, PDF et Word)</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>État de l&apos;export</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export en cours</translation>
    </message>
    <message>
        <source>Not exported: the existing file was kept.</source>
        <translation>Non exporté : le fichier existant a été conservé.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>{shown} captured items included; {hidden} left out.</source>
        <translation>{shown} éléments saisis inclus ; {hidden} omis.</translation>
    </message>
    <message>
        <source>Export summary as</source>
        <translation>Exporter le compte rendu sous</translation>
    </message>
    <message>
        <source>{name} (*{suffix})</source>
        <translation>{name} (*{suffix})</translation>
    </message>
    <message>
        <source>Exporting for {audience}…</source>
        <translation>Export pour {audience}…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} enregistré</translation>
    </message>
    <message>
        <source>Not exported: {message}</source>
        <translation>Non exporté : {message}</translation>
    </message>
    <message>
        <source>Print summary for {audience}</source>
        <translation>Imprimer le compte rendu pour {audience}</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Sent {pages} pages to the printer.</source>
        <translation>{pages} pages envoyées à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML (self-contained web page)</source>
        <translation>HTML (page web autonome)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <source>CSV tables</source>
        <translation>Tables CSV</translation>
    </message>
    <message>
        <source>JSON (whole workshop, for import)</source>
        <translation>JSON (atelier entier, pour import)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="vanished">Format du papier</translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="vanished">A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="vanished">US Letter</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="vanished">Enregistrer sous</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="vanished">Choisir…</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation type="vanished">Choisir où enregistrer</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="vanished">&amp;Enregistrer sous :</translation>
    </message>
    <message>
        <source>Choose where to save the file first.</source>
        <translation type="vanished">Choisissez d&apos;abord où enregistrer le fichier.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="vanished">Fermer</translation>
    </message>
</context>
<context>
    <name>FactBasePanel</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Contributeur</translation>
    </message>
    <message>
        <source>✔ &amp;Agreed</source>
        <translation>✔ Ad&amp;mis</translation>
    </message>
    <message>
        <source>⚠ &amp;Disputed</source>
        <translation>⚠ &amp;Contestés</translation>
    </message>
    <message>
        <source>? &amp;Needs data</source>
        <translation>? &amp;Données à trouver</translation>
    </message>
    <message>
        <source>Not &amp;yet discussed</source>
        <translation>&amp;Pas encore discutés</translation>
    </message>
    <message>
        <source>The room says the selected facts are:</source>
        <translation>La salle déclare les faits sélectionnés :</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>From phones</source>
        <translation>Des téléphones</translation>
    </message>
    <message>
        <source>A fact, then Tab for its source, date, contributor; Enter</source>
        <translation>Un fait, puis Tab pour sa source, sa date, son contributeur ; Entrée</translation>
    </message>
    <message>
        <source>Fac&amp;ts</source>
        <translation>Fai&amp;ts</translation>
    </message>
    <message>
        <source>Open &amp;questions (also in the workshop&apos;s action list)</source>
        <translation>&amp;Questions ouvertes (aussi dans la liste des actions de l&apos;atelier)</translation>
    </message>
    <message>
        <source>Open question</source>
        <translation>Question ouverte</translation>
    </message>
    <message>
        <source>An open question, then Tab for owner and due date; Enter</source>
        <translation>Une question ouverte, puis Tab pour le responsable et l&apos;échéance ; Entrée</translation>
    </message>
    <message>
        <source>Select a fact in the list first.</source>
        <translation>Sélectionnez d&apos;abord un fait dans la liste.</translation>
    </message>
    <message>
        <source>Mark facts: {status}</source>
        <translation>Marquer les faits : {status}</translation>
    </message>
    <message>
        <source>Alt + the underlined letter</source>
        <translation type="vanished">Alt + la lettre soulignée</translation>
    </message>
</context>
<context>
    <name>FieldsItemList</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Supprimer %n élément</numerusform>
            <numerusform>Supprimer %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="vanished">— choisir —</translation>
    </message>
</context>
<context>
    <name>FileWritingDialog</name>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Enregistrer sous :</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Choisir où enregistrer</translation>
    </message>
    <message>
        <source>Choose where to save the file first.</source>
        <translation>Choisissez d&apos;abord où enregistrer le fichier.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Alt + the underlined letter</source>
        <translation>Alt + la lettre soulignée</translation>
    </message>
</context>
<context>
    <name>Governance</name>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Meeting cadence</source>
        <translation>Rythme des réunions</translation>
    </message>
    <message>
        <source>How decisions are made</source>
        <translation>Comment les décisions sont prises</translation>
    </message>
    <message>
        <source>How disputes are settled</source>
        <translation>Comment les différends sont réglés</translation>
    </message>
    <message>
        <source>The manager&apos;s role</source>
        <translation>Le rôle du coordinateur</translation>
    </message>
    <message>
        <source>Who fills the manager&apos;s role</source>
        <translation>Qui tient le rôle de coordinateur</translation>
    </message>
    <message>
        <source>Topic not chosen</source>
        <translation>Thème non choisi</translation>
    </message>
</context>
<context>
    <name>GovernancePanel</name>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>Agreed / not yet (Ctrl+Return)</source>
        <translation>Accepté / pas encore (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Select a point in the list first.</source>
        <translation>Sélectionnez d&apos;abord un point dans la liste.</translation>
    </message>
    <message>
        <source>What we said</source>
        <translation>Ce que nous avons dit</translation>
    </message>
    <message>
        <source>What is proposed, then Enter</source>
        <translation>Ce qui est proposé, puis Entrée</translation>
    </message>
    <message>
        <source>Choose the topic (Alt+T), type what is proposed and press Enter. Ctrl+Return marks the selected points agreed.</source>
        <translation>Choisissez le thème (Alt+T), tapez ce qui est proposé et appuyez sur Entrée. Ctrl+Return marque les points sélectionnés comme acceptés.</translation>
    </message>
    <message>
        <source>Topics not yet discussed</source>
        <translation>Thèmes pas encore discutés</translation>
    </message>
    <message>
        <source>Every topic has been discussed.</source>
        <translation>Tous les thèmes ont été discutés.</translation>
    </message>
    <message>
        <source>Not yet discussed: {topics}</source>
        <translation>Pas encore discutés : {topics}</translation>
    </message>
    <message>
        <source>Agreed?</source>
        <translation type="vanished">Accepté ?</translation>
    </message>
    <message>
        <source>✔ Agreed</source>
        <translation type="vanished">✔ Accepté</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="vanished">Proposé</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>The commands below work wherever the cursor is, the capture box included. The keys of lists, tables and each exercise work where they say.</source>
        <translation>Les commandes ci-dessous fonctionnent où que soit le curseur, zone de saisie comprise. Les touches des listes, des tableaux et de chaque exercice fonctionnent là où elles l&apos;indiquent.</translation>
    </message>
    <message>
        <source>Capture boxes and lists</source>
        <translation>Zones de saisie et listes</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tableaux</translation>
    </message>
    <message>
        <source>Lists with tick boxes</source>
        <translation>Listes à cocher</translation>
    </message>
    <message>
        <source>The room window</source>
        <translation>La fenêtre de la salle</translation>
    </message>
    <message>
        <source>What the phones sent</source>
        <translation>Ce que les téléphones ont envoyé</translation>
    </message>
    <message>
        <source>The export dialog</source>
        <translation>La fenêtre d&apos;export</translation>
    </message>
    <message>
        <source>This guide</source>
        <translation>Ce guide</translation>
    </message>
    <message>
        <source>The method library</source>
        <translation>La bibliothèque de méthodes</translation>
    </message>
    <message>
        <source>Buttons and captions</source>
        <translation>Boutons et libellés</translation>
    </message>
    <message>
        <source>In each exercise</source>
        <translation>Dans chaque exercice</translation>
    </message>
    <message>
        <source>Start here</source>
        <translation>Pour commencer</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Running a meeting</source>
        <translation>Conduire une réunion</translation>
    </message>
    <message>
        <source>The projector</source>
        <translation>Le projecteur</translation>
    </message>
    <message>
        <source>The room window shows the current block to the room, in large type, on the largest screen that is not yours. Beside your capture box, a small picture shows exactly what the room sees, and a line says it in words.</source>
        <translation>La fenêtre de la salle montre le bloc en cours à la salle, en grands caractères, sur le plus grand écran qui n&apos;est pas le vôtre. À côté de votre zone de saisie, une petite image montre exactement ce que voit la salle, et une ligne le dit en toutes lettres.</translation>
    </message>
    <message>
        <source>The room never sees internal items, facilitator notes or results you keep hidden. Blank the screen or show the holding slide during breaks and side conversations; freeze it while you tidy up a list.</source>
        <translation>La salle ne voit jamais les éléments internes, les notes de l&apos;animateur ni les résultats que vous gardez masqués. Éteignez l&apos;écran ou affichez la diapositive d&apos;attente pendant les pauses et les apartés ; figez-le pendant que vous rangez une liste.</translation>
    </message>
    <message>
        <source>View → Room view → Room theme: light, dark or high contrast for the hall.</source>
        <translation>Affichage → Vue de la salle → Thème de la salle : clair, sombre ou contraste élevé selon la salle.</translation>
    </message>
    <message>
        <source>View → Room view → Room screen: choose the projector when it is not found.</source>
        <translation>Affichage → Vue de la salle → Écran de la salle : choisissez le projecteur s&apos;il n&apos;est pas détecté.</translation>
    </message>
    <message>
        <source>A long list goes over several pages: turn them for the room with the keys.</source>
        <translation>Une longue liste s&apos;étend sur plusieurs pages : tournez-les pour la salle avec les touches.</translation>
    </message>
    <message>
        <source>Preparing the agenda</source>
        <translation>Préparer l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>A workshop is a list of blocks, each one exercise with a timebox. Start a new workshop from a template (File → New workshop), then adjust it: Add block inserts an exercise after the current one, Add from template appends a template&apos;s blocks, Up and Down reorder, Remove deletes a block.</source>
        <translation>Un atelier est une liste de blocs, chacun étant un exercice avec une durée prévue. Commencez un nouvel atelier à partir d&apos;un modèle (Fichier → Nouvel atelier), puis ajustez-le : Ajouter un bloc insère un exercice après le bloc en cours, Ajouter depuis un modèle ajoute à la fin les blocs d&apos;un modèle, Monter et Descendre changent l&apos;ordre, Retirer supprime un bloc.</translation>
    </message>
    <message>
        <source>Write each block&apos;s prompt: it is the question the room sees. The guidance under the prompt reminds you how to run the exercise; the Guide button beside it (Shift+F1) opens its section of this guide.</source>
        <translation>Rédigez la question de chaque bloc : c&apos;est la question que voit la salle. Les conseils sous la question vous rappellent comment mener l&apos;exercice ; le bouton Guide à côté (Shift+F1) ouvre la section correspondante de ce guide.</translation>
    </message>
    <message>
        <source>Plan the exercises that need the partners&apos; decision while most are there.</source>
        <translation>Placez les exercices qui demandent une décision des partenaires au moment où la plupart sont présents.</translation>
    </message>
    <message>
        <source>Leave ten minutes for the wrap-up.</source>
        <translation>Gardez dix minutes pour la clôture.</translation>
    </message>
    <message>
        <source>Keeping time</source>
        <translation>Tenir le temps</translation>
    </message>
    <message>
        <source>The bar at the top shows the current block, its timer and the meeting&apos;s plan. Ctrl+Space starts and pauses the block timer, Ctrl+Shift+Space sets it back to zero. Ctrl+PgDown and Ctrl+PgUp move to the next and previous block, and the room follows.</source>
        <translation>La barre du haut montre le bloc en cours, son minuteur et le plan de la réunion. Ctrl+Space lance et met en pause le minuteur du bloc, Ctrl+Shift+Space le remet à zéro. Ctrl+PgDown et Ctrl+PgUp passent au bloc suivant et au bloc précédent, et la salle suit.</translation>
    </message>
    <message>
        <source>A block past its timebox says “over time” in the agenda; the bar says in words when the meeting runs behind its plan. Then decide with the room what to shorten, rather than rushing the last blocks.</source>
        <translation>Un bloc qui dépasse sa durée prévue affiche « dépassé » dans l&apos;ordre du jour ; la barre indique en toutes lettres quand la réunion prend du retard sur son plan. Décidez alors avec la salle de ce qu&apos;il faut raccourcir, plutôt que de bâcler les derniers blocs.</translation>
    </message>
    <message>
        <source>Capturing and visibility</source>
        <translation>Saisie et visibilité</translation>
    </message>
    <message>
        <source>Type in the capture box and press Enter: the item is saved at once. Every item says who may see it: Public (anyone, the press included), Partners (the partner organisations: the usual choice), or Internal (only the facilitation team). F8 in a capture box changes it for what you capture next.</source>
        <translation>Tapez dans la zone de saisie et appuyez sur Entrée : l&apos;élément est enregistré aussitôt. Chaque élément indique qui peut le voir : Public (tout le monde, presse comprise), Partenaires (les organisations partenaires : le choix habituel) ou Interne (l&apos;équipe d&apos;animation seulement). F8 dans une zone de saisie modifie ce choix pour ce que vous saisissez ensuite.</translation>
    </message>
    <message>
        <source>Internal items never reach the projector, nor a public or partners export. Public records laws may make notes public: mark what must not be public before it is exported.</source>
        <translation>Les éléments internes n&apos;atteignent jamais le projecteur, ni un export public ou partenaires. Les lois sur l&apos;accès aux documents publics peuvent rendre des notes publiques : marquez ce qui ne doit pas être public avant de l&apos;exporter.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D records a decision, Ctrl+Shift+A an action with owner and date.</source>
        <translation>Ctrl+Shift+D enregistre une décision, Ctrl+Shift+A une action avec un responsable et une date.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P parks a topic; Ctrl+Shift+F writes a note only you see.</source>
        <translation>Ctrl+Shift+P met un sujet au parking ; Ctrl+Shift+F écrit une note que vous seul voyez.</translation>
    </message>
    <message>
        <source>An action&apos;s Status cell (F2) marks it in progress, done or dropped; Workshop → Actions across meetings (Ctrl+Shift+K) follows up every action of the collaboration, and File → Collaboration report shows what is still open.</source>
        <translation>La cellule Statut d&apos;une action (F2) la marque en cours, faite ou abandonnée ; Atelier → Actions entre les réunions (Ctrl+Shift+K) suit toutes les actions de la collaboration, et Fichier → Rapport de collaboration montre ce qui reste ouvert.</translation>
    </message>
    <message>
        <source>Ctrl+L brings the cursor back to the capture box.</source>
        <translation>Ctrl+L ramène le curseur dans la zone de saisie.</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes the last change, Ctrl+Shift+Z redoes it.</source>
        <translation>Ctrl+Z annule la dernière modification, Ctrl+Shift+Z la rétablit.</translation>
    </message>
    <message>
        <source>Phones in the room</source>
        <translation>Téléphones dans la salle</translation>
    </message>
    <message>
        <source>The room can answer from their own phones, with no internet: your laptop serves a small page over the hall&apos;s Wi-Fi, or over your laptop&apos;s own hotspot when the venue&apos;s Wi-Fi keeps its guests apart. View → Phones in the room → Open to the room&apos;s phones (Ctrl+Shift+O) shows the address and a six-letter code on every slide, and a QR code on the holding slide (Shift+F6). Save join cards to print puts them on the tables.</source>
        <translation>Les participants peuvent répondre depuis leur propre téléphone, sans internet : votre ordinateur sert une petite page sur le Wi-Fi de la salle, ou sur le point d&apos;accès de votre ordinateur lorsque le Wi-Fi du lieu isole ses invités les uns des autres. Affichage → Téléphones dans la salle → Ouvrir aux téléphones de la salle (Ctrl+Shift+O) affiche l&apos;adresse et un code de six lettres sur chaque diapositive, ainsi qu&apos;un QR code sur la diapositive d&apos;attente (Shift+F6). Enregistrer les cartes de connexion à imprimer permet de les poser sur les tables.</translation>
    </message>
    <message>
        <source>Nobody is asked for a name, and nothing about a phone is kept. What the phones send waits in “From the room” beside your lists: nobody sees it, the projector included, until you accept it. Alt+4 goes there: Enter accepts, F2 lets you tidy the words first, M merges it into an item already there, Delete rejects it. Ctrl+Z undoes each. A phone can also park a topic for later: it waits as “For later” and goes to the parking lot.</source>
        <translation>Aucun nom n&apos;est demandé, et rien n&apos;est conservé sur les téléphones. Ce que les téléphones envoient attend dans « De la salle » à côté de vos listes : personne ne le voit, pas même le projecteur, tant que vous ne l&apos;avez pas accepté. Alt+4 y mène : Entrée accepte, F2 permet d&apos;abord de retoucher les mots, M le fusionne avec un élément déjà présent, Suppr le rejette. Ctrl+Z annule chacune de ces actions. Un téléphone peut aussi mettre un sujet de côté : il attend sous « Pour plus tard » et va au parking.</translation>
    </message>
    <message>
        <source>For a quick round where every idea should be seen at once, Ctrl+Shift+L (this block only) shows what phones send on the projector as it arrives; the phones are told so before anyone types. Delete an item that should not stay; Ctrl+Shift+L again and ideas wait for you once more.</source>
        <translation>Pour un tour rapide où chaque idée doit être vue aussitôt, Ctrl+Shift+L (pour ce bloc seulement) affiche au projecteur ce que les téléphones envoient, dès réception ; les téléphones en sont avertis avant que quiconque ne tape. Supprimez un élément qui ne doit pas rester ; Ctrl+Shift+L à nouveau, et les idées vous attendent de nouveau.</translation>
    </message>
    <message>
        <source>Ratings (the trust check-in), whether each fact is agreed, disputed or needs data, and votes on indicators (fist-to-five, gradients of agreement, dot votes within each phone&apos;s budget) from phones go straight into the tallies, beside what you type by hand; the room view and the summary say how many came from each. In a vote a phone may say which partner it is with, so the dissent flag sees a sector that disagrees.</source>
        <translation>Les notes (le baromètre de confiance), le statut de chaque fait (admis, contesté ou données à trouver) et les votes sur les indicateurs (poing à cinq, degrés d&apos;accord, gommettes dans la limite de chaque téléphone) venus des téléphones vont directement dans les décomptes, à côté de ce que vous tapez à la main ; la vue de la salle et le compte rendu indiquent combien proviennent de chaque source. Lors d&apos;un vote, un téléphone peut indiquer à quel partenaire il appartient, pour que le signal de désaccord repère un secteur qui n&apos;est pas d&apos;accord.</translation>
    </message>
    <message>
        <source>The phones follow you from block to block. A new join code puts everyone out at once (they join again with the new one); closing the workshop or the app closes the room to phones.</source>
        <translation>Les téléphones vous suivent de bloc en bloc. Un nouveau code de connexion déconnecte tout le monde d&apos;un coup (chacun se reconnecte avec le nouveau code) ; fermer l&apos;atelier ou l&apos;application ferme la salle aux téléphones.</translation>
    </message>
    <message>
        <source>Say the code out loud as well: not everyone can read the screen.</source>
        <translation>Dites aussi le code à voix haute : tout le monde ne peut pas lire l&apos;écran.</translation>
    </message>
    <message>
        <source>Windows and macOS ask once whether to let the app use the network: allow it on private networks.</source>
        <translation>Windows et macOS demandent une fois s&apos;il faut autoriser l&apos;application à utiliser le réseau : autorisez-la sur les réseaux privés.</translation>
    </message>
    <message>
        <source>Exports and printing</source>
        <translation>Exports et impression</translation>
    </message>
    <message>
        <source>Ctrl+E exports or prints the summary of the open workshop, at any moment, also mid-meeting. Choose who it is for first: partners, the public, or the facilitation team. The dialog says what will be left out and shows a preview; nothing an audience may not see is in its file.</source>
        <translation>Ctrl+E exporte ou imprime le compte rendu de l&apos;atelier ouvert, à tout moment, y compris en pleine réunion. Choisissez d&apos;abord à qui il est destiné : les partenaires, le public ou l&apos;équipe d&apos;animation. La fenêtre indique ce qui sera omis et montre un aperçu ; rien de ce qu&apos;un public ne peut pas voir ne figure dans son fichier.</translation>
    </message>
    <message>
        <source>Formats: PDF and Word for reading and printing, HTML for a web page, Markdown for plain text, CSV tables for spreadsheets, JSON for another copy of the app. The paper follows your country (Letter in the United States and Canada, A4 elsewhere) until you choose another one.</source>
        <translation>Formats : PDF et Word pour lire et imprimer, HTML pour une page web, Markdown pour du texte brut, tables CSV pour les tableurs, JSON pour une autre copie de l&apos;application. Le papier suit votre pays (Letter aux États-Unis et au Canada, A4 ailleurs) jusqu&apos;à ce que vous en choisissiez un autre.</translation>
    </message>
    <message>
        <source>Ctrl+I (File → Import a workshop…) brings in a JSON file from another copy of the app. Before anything is written it says whether the workshop is new here, an update of one you have, or already here; into which collaboration it goes; which partners it matched; and what the file left out for its audience. A file that cannot be imported says why in one sentence and changes nothing. To take a new workshop back, delete it on the home screen.</source>
        <translation>Ctrl+I (Fichier → Importer un atelier…) importe un fichier JSON venant d&apos;une autre copie de l&apos;application. Avant toute écriture, il indique si l&apos;atelier est nouveau ici, s&apos;il met à jour un atelier que vous avez déjà, ou s&apos;il est déjà présent ; dans quelle collaboration il va ; quels partenaires ont été reconnus ; et ce que le fichier a omis pour son public. Un fichier qui ne peut pas être importé dit pourquoi en une phrase et ne change rien. Pour annuler l&apos;import d&apos;un nouvel atelier, supprimez-le sur l&apos;écran d&apos;accueil.</translation>
    </message>
    <message>
        <source>Backups and safety</source>
        <translation>Sauvegardes et sécurité</translation>
    </message>
    <message>
        <source>Everything you type is on disk before the next key is handled: a crash or a power cut loses nothing you saw saved.</source>
        <translation>Tout ce que vous tapez est sur le disque avant que la touche suivante ne soit traitée : un plantage ou une coupure de courant ne fait rien perdre de ce que vous avez vu enregistré.</translation>
    </message>
    <message>
        <source>Backups are kept in the folder “backups” beside the database: one every few minutes while you work, one when you close a workshop and one when you quit; the last twenty are kept. File → Back up now makes one at once; File → Restore a backup… puts an earlier one back, keeping the current file aside.</source>
        <translation>Les sauvegardes sont conservées dans le dossier « backups » à côté de la base de données : une toutes les quelques minutes pendant que vous travaillez, une quand vous fermez un atelier et une quand vous quittez ; les vingt dernières sont gardées. Fichier → Sauvegarder maintenant en fait une immédiatement ; Fichier → Restaurer une sauvegarde… remet en place une sauvegarde antérieure, en mettant le fichier actuel de côté.</translation>
    </message>
    <message>
        <source>Copy the database and its backups folder to a USB stick after each meeting.</source>
        <translation>Copiez la base de données et son dossier de sauvegardes sur une clé USB après chaque réunion.</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>À quoi ça sert</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <source>Pitfalls</source>
        <translation>Pièges</translation>
    </message>
    <message>
        <source>Show the partners that what was agreed last time was done, or say honestly why not: follow-through is what keeps people coming back.</source>
        <translation>Montrer aux partenaires que ce qui a été décidé la dernière fois a été fait, ou dire honnêtement pourquoi non : le suivi est ce qui fait revenir les gens.</translation>
    </message>
    <message>
        <source>Put the actions of earlier meetings on the projector; they are listed by owner, unfinished ones and those closed since the last meeting.</source>
        <translation>Affichez au projecteur les actions des réunions précédentes ; elles sont listées par responsable, les actions non terminées et celles closes depuis la dernière réunion.</translation>
    </message>
    <message>
        <source>Ask each owner in turn where their action stands, and mark it Done, In progress or Dropped (Alt+D, Alt+I, Alt+R) with a short note of what was delivered or why not.</source>
        <translation>Demandez tour à tour à chaque responsable où en est son action, et marquez-la Faite, En cours ou Abandonnée (Alt+D, Alt+I, Alt+R) avec une courte note sur ce qui a été livré ou pourquoi non.</translation>
    </message>
    <message>
        <source>Read the decisions of the last meeting back; ask whether any needs revisiting.</source>
        <translation>Relisez les décisions de la dernière réunion ; demandez si l&apos;une d&apos;elles doit être réexaminée.</translation>
    </message>
    <message>
        <source>Pick the parking-lot topics this meeting will take up and bring them in (Ctrl+Return); the rest stay parked.</source>
        <translation>Choisissez les sujets du parking que cette réunion va traiter et reprenez-les (Ctrl+Return) ; les autres restent au parking.</translation>
    </message>
    <message>
        <source>Thank owners for what was done before asking about what was not.</source>
        <translation>Remerciez les responsables pour ce qui a été fait avant de demander ce qui ne l&apos;a pas été.</translation>
    </message>
    <message>
        <source>An action nobody will do is better dropped, with a reason, than left open for ever.</source>
        <translation>Mieux vaut abandonner, avec une raison, une action que personne ne fera, que la laisser ouverte indéfiniment.</translation>
    </message>
    <message>
        <source>Turning the round into a blame session: ask what got in the way, not who failed.</source>
        <translation>Transformer le tour en séance de reproches : demandez ce qui a fait obstacle, pas qui a échoué.</translation>
    </message>
    <message>
        <source>Bringing in every parked topic: the agenda has room for one or two.</source>
        <translation>Reprendre tous les sujets du parking : l&apos;ordre du jour n&apos;a de place que pour un ou deux.</translation>
    </message>
    <message>
        <source>At the start of every meeting after the first, before anything new: people want to see that what was agreed last time happened.</source>
        <translation>Au début de chaque réunion après la première, avant toute nouveauté : les gens veulent voir que ce qui a été décidé la dernière fois s&apos;est fait.</translation>
    </message>
    <message>
        <source>Any size: the owners of the actions speak, the rest listen and ask.</source>
        <translation>Toute taille : les responsables des actions parlent, les autres écoutent et posent des questions.</translation>
    </message>
    <message>
        <source>An open block for whatever the agenda needs that no exercise covers: an update, a question the room raised, a topic brought back from the parking lot.</source>
        <translation>Un bloc ouvert pour tout ce dont l&apos;ordre du jour a besoin et qu&apos;aucun exercice ne couvre : une information, une question soulevée par la salle, un sujet repris du parking.</translation>
    </message>
    <message>
        <source>Write the question you want answered in the prompt, so the room sees it on the projector.</source>
        <translation>Écrivez dans la question du bloc ce à quoi vous voulez une réponse, pour que la salle la voie au projecteur.</translation>
    </message>
    <message>
        <source>Type what people say as they say it, one point per line; Enter captures it.</source>
        <translation>Tapez ce que les gens disent au fil de la parole, un point par ligne ; Entrée l&apos;enregistre.</translation>
    </message>
    <message>
        <source>When the talk slows down, select related points and put them in a cluster (Ctrl+G).</source>
        <translation>Quand la discussion ralentit, sélectionnez les points liés et regroupez-les (Ctrl+G).</translation>
    </message>
    <message>
        <source>Before moving on, turn anything settled into a decision (Ctrl+Shift+D) or an action (Ctrl+Shift+A).</source>
        <translation>Avant de passer à la suite, transformez ce qui est réglé en décision (Ctrl+Shift+D) ou en action (Ctrl+Shift+A).</translation>
    </message>
    <message>
        <source>Use the speaker&apos;s own words: a paraphrase can change what was meant, and people notice.</source>
        <translation>Reprenez les mots de la personne qui parle : une paraphrase peut changer le sens, et les gens le remarquent.</translation>
    </message>
    <message>
        <source>A point for another day goes to the parking lot (Ctrl+Shift+P) instead of taking over the block.</source>
        <translation>Un point pour un autre jour va au parking (Ctrl+Shift+P) au lieu d&apos;accaparer le bloc.</translation>
    </message>
    <message>
        <source>Sorting points into clusters while people are still talking: you stop listening, and the room watches you sort.</source>
        <translation>Trier les points en groupes pendant que les gens parlent encore : vous cessez d&apos;écouter, et la salle vous regarde trier.</translation>
    </message>
    <message>
        <source>An open block without a question turns into a general chat that eats the agenda: give it a prompt and a timebox.</source>
        <translation>Un bloc ouvert sans question tourne à la discussion générale qui dévore l&apos;ordre du jour : donnez-lui une question et une durée.</translation>
    </message>
    <message>
        <source>When the agenda needs time for something no exercise covers: an update, a question the room raised, a topic brought back from the parking lot.</source>
        <translation>Quand l&apos;ordre du jour a besoin de temps pour quelque chose qu&apos;aucun exercice ne couvre : une information, une question soulevée par la salle, un sujet repris du parking.</translation>
    </message>
    <message>
        <source>Any size; with more than 15 people, ask for a few voices from each organisation rather than everyone.</source>
        <translation>Toute taille ; au-delà de 15 personnes, demandez quelques voix par organisation plutôt que tout le monde.</translation>
    </message>
    <message>
        <source>Let the room decide among any list (options, facts, sub-issues, hopes) by a rule announced first, with results hidden until revealed and dissent made visible.</source>
        <translation>Laisser la salle trancher entre les éléments de n&apos;importe quelle liste (options, faits, sous-problèmes, espoirs) selon une règle annoncée d&apos;avance, les résultats masqués jusqu&apos;à leur révélation et le désaccord rendu visible.</translation>
    </message>
    <message>
        <source>Say what the room votes on: type the options (Enter after each), or choose a list from an earlier block with Alt+O, or both.</source>
        <translation>Dites sur quoi la salle vote : tapez les options (Entrée après chacune), ou choisissez une liste d&apos;un bloc précédent avec Alt+O, ou les deux.</translation>
    </message>
    <message>
        <source>Choose the method (Alt+M) and the decision rule (Alt+R), and read the rule aloud.</source>
        <translation>Choisissez la méthode (Alt+M) et la règle de décision (Alt+R), et lisez la règle à voix haute.</translation>
    </message>
    <message>
        <source>Let people vote by hand, on paper or from their phones, and type the tallies, sector by sector (Alt+T) to see the spread.</source>
        <translation>Faites voter à main levée, sur papier ou depuis les téléphones, et saisissez les décomptes, secteur par secteur (Alt+S) pour voir la dispersion.</translation>
    </message>
    <message>
        <source>Reveal the results (Ctrl+R or F9), read the dissent column, then say each outcome.</source>
        <translation>Révélez les résultats (Ctrl+R ou F9), lisez la colonne du désaccord, puis annoncez chaque résultat.</translation>
    </message>
    <message>
        <source>Five to nine options is a comfortable list; group near-duplicates before the vote.</source>
        <translation>Cinq à neuf options font une liste confortable ; regroupez les quasi-doublons avant le vote.</translation>
    </message>
    <message>
        <source>Dot votes rank a long list fast; gradients of agreement show how strongly people care.</source>
        <translation>Le vote par gommettes classe vite une longue liste ; les degrés d&apos;accord montrent à quel point chacun y tient.</translation>
    </message>
    <message>
        <source>A vote on a list from an earlier block follows it: items added there appear here.</source>
        <translation>Un vote sur une liste d&apos;un bloc précédent la suit : ce qui y est ajouté apparaît ici.</translation>
    </message>
    <message>
        <source>Voting before the options are understood: read each one out and take questions first.</source>
        <translation>Voter avant que les options soient comprises : lisez chacune à voix haute et prenez d&apos;abord les questions.</translation>
    </message>
    <message>
        <source>Treating a parked option as lost: a block or dissent means a conversation is due.</source>
        <translation>Considérer une option reportée comme perdue : un blocage ou un désaccord appelle une conversation.</translation>
    </message>
    <message>
        <source>Whenever the room must choose among several things: which sub-issue comes first, which facts to check, which working agreements to keep.</source>
        <translation>Chaque fois que la salle doit choisir entre plusieurs choses : quel sous-problème d&apos;abord, quels faits vérifier, quels accords de fonctionnement garder.</translation>
    </message>
    <message>
        <source>Any size from 4; with more than 30 people use dot votes or phones, and keep the sector column to see who disagrees.</source>
        <translation>Toute taille à partir de 4 ; au-delà de 30 personnes, utilisez le vote par gommettes ou les téléphones, et gardez la colonne des secteurs pour voir qui est en désaccord.</translation>
    </message>
    <message>
        <source>Close the meeting with everyone agreed on what was decided, who does what by when, and what happens to the parked topics.</source>
        <translation>Clore la réunion avec tout le monde d&apos;accord sur ce qui a été décidé, qui fait quoi et pour quand, et ce que deviennent les sujets du parking.</translation>
    </message>
    <message>
        <source>The room sees today&apos;s decisions and actions. Read each one back aloud, ask whether anyone remembers it differently, and press Space to mark it read back (Alt+R puts the cursor in the list).</source>
        <translation>La salle voit les décisions et les actions du jour. Relisez chacune à voix haute, demandez si quelqu&apos;un s&apos;en souvient autrement, et appuyez sur Espace pour la marquer comme relue (Alt+R place le curseur dans la liste).</translation>
    </message>
    <message>
        <source>Go through the actions: each gets one named person and a date. Fill in the owner and due date in the actions list.</source>
        <translation>Passez en revue les actions : chacune reçoit une personne nommée et une date. Remplissez le responsable et l&apos;échéance dans la liste des actions.</translation>
    </message>
    <message>
        <source>Walk through the parking lot: each topic gets an owner and a meeting, or the room agrees to drop it.</source>
        <translation>Parcourez le parking : chaque sujet reçoit un responsable et une réunion, ou la salle convient de l&apos;abandonner.</translation>
    </message>
    <message>
        <source>Say when and where the next meeting is and what it will cover.</source>
        <translation>Annoncez quand et où aura lieu la prochaine réunion et ce qu&apos;elle couvrira.</translation>
    </message>
    <message>
        <source>Export the summary for the partners (Ctrl+E) before the laptop is closed, or name the day they will get it.</source>
        <translation>Exportez le compte rendu pour les partenaires (Ctrl+E) avant de fermer l&apos;ordinateur, ou annoncez le jour où ils le recevront.</translation>
    </message>
    <message>
        <source>Keep the decisions and actions on the projector while you read them back, so people can correct the wording.</source>
        <translation>Laissez les décisions et les actions au projecteur pendant que vous les relisez, pour que chacun puisse corriger la formulation.</translation>
    </message>
    <message>
        <source>Keep ten minutes for the wrap-up even when the meeting runs late: it is what people remember.</source>
        <translation>Gardez dix minutes pour la clôture même quand la réunion prend du retard : c&apos;est ce dont les gens se souviennent.</translation>
    </message>
    <message>
        <source>An organisation as an owner (“the city will…”): nobody in particular feels responsible. Ask for a person.</source>
        <translation>Une organisation comme responsable (« la ville va… ») : personne en particulier ne se sent responsable. Demandez une personne.</translation>
    </message>
    <message>
        <source>Actions without a date drift to the next meeting, and the one after.</source>
        <translation>Les actions sans date glissent à la réunion suivante, puis à celle d&apos;après.</translation>
    </message>
    <message>
        <source>At the end of every meeting, even a short one: keep its ten minutes when the rest runs late.</source>
        <translation>À la fin de chaque réunion, même courte : gardez ses dix minutes quand le reste prend du retard.</translation>
    </message>
    <message>
        <source>The whole room together, however many people came.</source>
        <translation>Toute la salle ensemble, quel que soit le nombre de présents.</translation>
    </message>
    <message>
        <source>Everyone learns who the partners are, what each brings, what each needs, and to whom each answers. Those answers explain much of what happens later.</source>
        <translation>Chacun apprend qui sont les partenaires, ce que chacun apporte, ce dont chacun a besoin et à qui chacun rend des comptes. Ces réponses expliquent une grande partie de ce qui se passe ensuite.</translation>
    </message>
    <message>
        <source>Go round the room one organisation at a time: type its name in the Add box, choose its sector and press Enter.</source>
        <translation>Faites le tour de la salle, une organisation à la fois : tapez son nom dans la zone Ajouter, choisissez son secteur et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Ask what it brings (money, staff, data, reach, the trust of a neighbourhood) and what it needs from the partnership; type both in its row.</source>
        <translation>Demandez ce qu&apos;elle apporte (argent, personnel, données, portée, la confiance d&apos;un quartier) et ce dont elle a besoin du partenariat ; tapez les deux dans sa ligne.</translation>
    </message>
    <message>
        <source>Ask to whom it answers: elected officials, a board, members, shareholders, funders.</source>
        <translation>Demandez à qui elle rend des comptes : élus, conseil d&apos;administration, adhérents, actionnaires, financeurs.</translation>
    </message>
    <message>
        <source>Capture anything else said in the round as notes.</source>
        <translation>Notez comme notes tout ce qui est dit d&apos;autre pendant le tour.</translation>
    </message>
    <message>
        <source>Show the room view, the partners by sector, and ask who is missing from the table.</source>
        <translation>Affichez la vue de la salle, les partenaires par secteur, et demandez qui manque autour de la table.</translation>
    </message>
    <message>
        <source>Keep each turn to a minute or two; the detail can come later.</source>
        <translation>Limitez chaque tour de parole à une ou deux minutes ; les détails peuvent venir plus tard.</translation>
    </message>
    <message>
        <source>Take attendance as people arrive (Workshop → Attendance, Ctrl+Shift+E): Space ticks a person off the roster, and a sign-in sheet can be imported afterwards.</source>
        <translation>Relevez les présences à mesure que les gens arrivent (Atelier → Présences, Ctrl+Shift+E) : Espace coche une personne de la liste, et une feuille d&apos;émargement peut être importée ensuite.</translation>
    </message>
    <message>
        <source>Whom a partner answers to tells you what it must report: come back to it when the room chooses indicators.</source>
        <translation>Celui à qui un partenaire rend des comptes vous dit ce dont il doit rendre compte : revenez-y quand la salle choisit les indicateurs.</translation>
    </message>
    <message>
        <source>F8 on a cell changes who may see that cell, for example a constraint a partner shares in confidence.</source>
        <translation>F8 sur une cellule modifie qui peut voir cette cellule, par exemple une contrainte qu&apos;un partenaire confie en toute confidentialité.</translation>
    </message>
    <message>
        <source>Skipping the round because everybody seems to know each other: newcomers rarely do, and needs are rarely said out loud.</source>
        <translation>Sauter le tour parce que tout le monde semble se connaître : les nouveaux venus, rarement, et les besoins sont rarement dits à voix haute.</translation>
    </message>
    <message>
        <source>Letting the largest organisation talk for ten minutes: it sets the tone for the rest of the meeting.</source>
        <translation>Laisser la plus grande organisation parler dix minutes : elle donne le ton pour le reste de la réunion.</translation>
    </message>
    <message>
        <source>At the first meeting of a partnership, and whenever a new organisation joins: before any exercise that asks partners to commit.</source>
        <translation>À la première réunion d&apos;un partenariat, et chaque fois qu&apos;une nouvelle organisation le rejoint : avant tout exercice qui demande aux partenaires de s&apos;engager.</translation>
    </message>
    <message>
        <source>The whole room, one organisation at a time; a round of a minute or two each works for up to about 15 organisations.</source>
        <translation>Toute la salle, une organisation à la fois ; un tour d&apos;une ou deux minutes chacune convient jusqu&apos;à une quinzaine d&apos;organisations.</translation>
    </message>
    <message>
        <source>Bring past experience of working together into the open: what went well, what went badly, what was learned. Where partners have no history, or a failed one, trust must be built before anyone will share data.</source>
        <translation>Mettre au jour l&apos;expérience passée du travail en commun : ce qui s&apos;est bien passé, ce qui s&apos;est mal passé, ce qui a été appris. Là où les partenaires n&apos;ont pas d&apos;historique, ou un historique d&apos;échec, la confiance doit être bâtie avant que quiconque accepte de partager des données.</translation>
    </message>
    <message>
        <source>Ask which partners have worked together before, and on what.</source>
        <translation>Demandez quels partenaires ont déjà travaillé ensemble, et sur quoi.</translation>
    </message>
    <message>
        <source>Type what they did together, tick the partners involved (Space ticks) and choose the outcome: good, mixed or failed.</source>
        <translation>Tapez ce qu&apos;ils ont fait ensemble, cochez les partenaires concernés (Espace coche) et choisissez le résultat : bon, mitigé ou échec.</translation>
    </message>
    <message>
        <source>Ask for the lesson in one sentence and type it in.</source>
        <translation>Demandez la leçon en une phrase et tapez-la.</translation>
    </message>
    <message>
        <source>Look at the grid of who has worked with whom: the empty and failed pairs are the ones to watch.</source>
        <translation>Regardez la grille de qui a travaillé avec qui : les paires vides et en échec sont celles à surveiller.</translation>
    </message>
    <message>
        <source>Ask about lessons, not blame: “what would you do differently?” works better than “what went wrong?”.</source>
        <translation>Interrogez sur les leçons, pas sur les fautes : « que feriez-vous autrement ? » marche mieux que « qu&apos;est-ce qui n&apos;a pas marché ? ».</translation>
    </message>
    <message>
        <source>The data inventory warns about pairs without a good history later on; it reads what you record here.</source>
        <translation>L&apos;inventaire des données signale plus tard les paires sans bon historique ; il lit ce que vous enregistrez ici.</translation>
    </message>
    <message>
        <source>Reopening an old dispute in front of everyone: note it, agree that it matters, and follow it up in private.</source>
        <translation>Rouvrir un vieux différend devant tout le monde : notez-le, reconnaissez qu&apos;il compte, et traitez-le ensuite en privé.</translation>
    </message>
    <message>
        <source>Marking a sensitive history public before the partners involved agree to it.</source>
        <translation>Marquer public un historique sensible avant que les partenaires concernés l&apos;acceptent.</translation>
    </message>
    <message>
        <source>Early in a partnership, after the introductions and before anyone is asked to share data or money.</source>
        <translation>Tôt dans un partenariat, après les présentations et avant de demander à quiconque de partager des données ou de l&apos;argent.</translation>
    </message>
    <message>
        <source>The whole room, 6 to 30 people; pairs of partners with a long history may talk it through first.</source>
        <translation>Toute la salle, de 6 à 30 personnes ; les paires de partenaires ayant une longue histoire commune peuvent d&apos;abord en parler entre elles.</translation>
    </message>
    <message>
        <source>A quick, anonymous reading of how much the partners trust each other, repeated at each meeting so the room sees the trend.</source>
        <translation>Une mesure rapide et anonyme de la confiance entre les partenaires, répétée à chaque réunion pour que la salle voie la tendance.</translation>
    </message>
    <message>
        <source>Read each statement aloud. Change the statements beforehand if they do not fit this partnership.</source>
        <translation>Lisez chaque affirmation à voix haute. Modifiez les affirmations à l&apos;avance si elles ne conviennent pas à ce partenariat.</translation>
    </message>
    <message>
        <source>People rate each statement from 1 (not at all) to 5 (completely), by show of hands or on paper.</source>
        <translation>Les participants notent chaque affirmation de 1 (pas du tout) à 5 (tout à fait), à main levée ou sur papier.</translation>
    </message>
    <message>
        <source>Type how many people gave each rating: Tab moves to the next rating, + and − count hands one at a time.</source>
        <translation>Tapez combien de personnes ont donné chaque note : Tab passe à la note suivante, + et − comptent les mains une à une.</translation>
    </message>
    <message>
        <source>Keep the results hidden until everyone has rated, then reveal them (F9) and talk about what stands out.</source>
        <translation>Gardez les résultats masqués jusqu&apos;à ce que tout le monde ait noté, puis révélez-les (F9) et parlez de ce qui ressort.</translation>
    </message>
    <message>
        <source>Paper ballots give more honest answers than hands when trust is low.</source>
        <translation>Les bulletins papier donnent des réponses plus sincères que les mains levées quand la confiance est faible.</translation>
    </message>
    <message>
        <source>Look at the spread, not only the average: two people at 1 say more than an average of 3.8.</source>
        <translation>Regardez la dispersion, pas seulement la moyenne : deux personnes à 1 en disent plus qu&apos;une moyenne de 3,8.</translation>
    </message>
    <message>
        <source>Use the same statements at every meeting, or the trend compares different questions.</source>
        <translation>Utilisez les mêmes affirmations à chaque réunion, sinon la tendance compare des questions différentes.</translation>
    </message>
    <message>
        <source>Revealing while people are still rating: later ratings follow the earlier ones.</source>
        <translation>Révéler pendant que les gens notent encore : les notes suivantes s&apos;alignent sur les premières.</translation>
    </message>
    <message>
        <source>Asking who gave the low ratings. They are anonymous; ask the room what would raise them.</source>
        <translation>Demander qui a donné les notes basses. Elles sont anonymes ; demandez à la salle ce qui les ferait monter.</translation>
    </message>
    <message>
        <source>At the start of each meeting, the first included, so that the room sees how trust moves from meeting to meeting.</source>
        <translation>Au début de chaque réunion, la première comprise, pour que la salle voie comment la confiance évolue d&apos;une réunion à l&apos;autre.</translation>
    </message>
    <message>
        <source>Any size; anonymous by hands, paper or phones, so it works from 5 to 40 people.</source>
        <translation>Toute taille ; anonyme à main levée, sur papier ou par téléphone, il convient de 5 à 40 personnes.</translation>
    </message>
    <message>
        <source>Say openly what people hope the partnership will achieve and what worries them, then turn the worries into working agreements the room holds itself to.</source>
        <translation>Dire ouvertement ce que les gens espèrent du partenariat et ce qui les inquiète, puis transformer les inquiétudes en accords de fonctionnement que la salle s&apos;engage à respecter.</translation>
    </message>
    <message>
        <source>Collect hopes (Alt+1) and concerns (Alt+2), one per line, in people&apos;s own words.</source>
        <translation>Recueillez les espoirs (Alt+1) et les inquiétudes (Alt+2), un par ligne, avec les mots des participants.</translation>
    </message>
    <message>
        <source>Once ideas slow down, group similar ones into clusters (Ctrl+G).</source>
        <translation>Quand les idées ralentissent, regroupez celles qui se ressemblent (Ctrl+G).</translation>
    </message>
    <message>
        <source>For each big concern, ask what agreement would answer it and type it as a working agreement (Alt+3).</source>
        <translation>Pour chaque inquiétude importante, demandez quel accord y répondrait et tapez-le comme accord de fonctionnement (Alt+3).</translation>
    </message>
    <message>
        <source>Read each agreement aloud and mark it agreed (Ctrl+Return) only when nobody objects.</source>
        <translation>Lisez chaque accord à voix haute et ne le marquez accepté (Ctrl+Return) que si personne ne s&apos;y oppose.</translation>
    </message>
    <message>
        <source>Write agreements as behaviour anyone can see: “we send papers three days before a meeting”.</source>
        <translation>Formulez les accords comme des comportements observables : « nous envoyons les documents trois jours avant la réunion ».</translation>
    </message>
    <message>
        <source>Show the agreed list at the start of later meetings.</source>
        <translation>Affichez la liste acceptée au début des réunions suivantes.</translation>
    </message>
    <message>
        <source>Arguing with a concern: it is information, and the answer to it is an agreement, not a rebuttal.</source>
        <translation>Contester une inquiétude : c&apos;est une information, et la réponse est un accord, pas une réfutation.</translation>
    </message>
    <message>
        <source>Too many agreements: five that people remember beat fifteen that nobody does.</source>
        <translation>Trop d&apos;accords : cinq dont on se souvient valent mieux que quinze que tout le monde oublie.</translation>
    </message>
    <message>
        <source>At a first meeting, or when a partnership takes on new work; later, to check whether the working agreements still hold.</source>
        <translation>À une première réunion, ou quand un partenariat entreprend un nouveau travail ; plus tard, pour vérifier que les accords de fonctionnement tiennent toujours.</translation>
    </message>
    <message>
        <source>6 to 40 people; above 20, collect hopes and concerns at tables first, then share them.</source>
        <translation>De 6 à 40 personnes ; au-delà de 20, recueillez d&apos;abord les espoirs et les inquiétudes par table, puis mettez-les en commun.</translation>
    </message>
    <message>
        <source>Agree on one picture of success that every partner can repeat, so later choices about scope, measures and data can be checked against it.</source>
        <translation>S&apos;accorder sur une image de la réussite que chaque partenaire peut répéter, pour que les choix ultérieurs de périmètre, de mesures et de données puissent être confrontés à elle.</translation>
    </message>
    <message>
        <source>Ask each partner to finish the sentence “We will know this partnership worked when…”; type each statement and press Enter.</source>
        <translation>Demandez à chaque partenaire de compléter la phrase « Nous saurons que ce partenariat a réussi quand… » ; tapez chaque énoncé et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Show the statements on the projector and give everyone three dots to put on their favourites.</source>
        <translation>Affichez les énoncés au projecteur et donnez à chacun trois gommettes à placer sur ses favoris.</translation>
    </message>
    <message>
        <source>Count the dots and type them in the Dots column.</source>
        <translation>Comptez les gommettes et saisissez-les dans la colonne Gommettes.</translation>
    </message>
    <message>
        <source>Combine the favourites into one statement the room can repeat, and mark it as the vision (Ctrl+Return).</source>
        <translation>Combinez les favoris en un énoncé que la salle peut répéter, et marquez-le comme la vision (Ctrl+Return).</translation>
    </message>
    <message>
        <source>Ask for changes in people&apos;s lives (“fewer young people in court”), not activities (“more meetings”).</source>
        <translation>Demandez des changements dans la vie des gens (« moins de jeunes au tribunal »), pas des activités (« plus de réunions »).</translation>
    </message>
    <message>
        <source>Read the combined statement aloud twice and ask whether anyone cannot live with it.</source>
        <translation>Lisez deux fois l&apos;énoncé combiné à voix haute et demandez si quelqu&apos;un ne peut pas s&apos;en accommoder.</translation>
    </message>
    <message>
        <source>Polishing words with thirty people: agree on the meaning and let two volunteers polish the wording.</source>
        <translation>Peaufiner les mots à trente : mettez-vous d&apos;accord sur le sens et laissez deux volontaires peaufiner la formulation.</translation>
    </message>
    <message>
        <source>A vision so broad that nobody can disagree with it will not guide any decision either.</source>
        <translation>Une vision si large que personne ne peut s&apos;y opposer ne guidera pas non plus la moindre décision.</translation>
    </message>
    <message>
        <source>Once the partners know each other, before the issue is scoped and long before indicators are chosen: they are judged against the vision.</source>
        <translation>Une fois que les partenaires se connaissent, avant de cadrer le problème et bien avant de choisir les indicateurs : ceux-ci sont jugés à l&apos;aune de la vision.</translation>
    </message>
    <message>
        <source>6 to 30 people; each partner proposes a statement and everyone votes with dots.</source>
        <translation>De 6 à 30 personnes ; chaque partenaire propose un énoncé et tout le monde vote avec des gommettes.</translation>
    </message>
    <message>
        <source>Make visible that every partner depends on the others to reach the shared vision: the needs are the reasons to stay at the table.</source>
        <translation>Rendre visible que chaque partenaire dépend des autres pour atteindre la vision partagée : les besoins sont les raisons de rester à la table.</translation>
    </message>
    <message>
        <source>Ask each partner in turn: what do you need from another partner to do your part?</source>
        <translation>Demandez tour à tour à chaque partenaire : de quoi avez-vous besoin d&apos;un autre partenaire pour faire votre part ?</translation>
    </message>
    <message>
        <source>Choose who needs it (Alt+P) and from whom (Alt+O), type what is needed and press Enter.</source>
        <translation>Choisissez qui en a besoin (Alt+P) et qui doit le fournir (Alt+O), tapez ce qui est nécessaire et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Show the matrix: which sectors depend on which.</source>
        <translation>Affichez la matrice : quels secteurs dépendent de quels autres.</translation>
    </message>
    <message>
        <source>Ask the partner named whether it can provide it, and mark the promise (Ctrl+Return).</source>
        <translation>Demandez au partenaire nommé s&apos;il peut le fournir, et marquez la promesse (Ctrl+Return).</translation>
    </message>
    <message>
        <source>Ask for needs, not complaints: “we need the data monthly”, not “they never share”.</source>
        <translation>Demandez des besoins, pas des plaintes : « il nous faut les données chaque mois », pas « ils ne partagent jamais ».</translation>
    </message>
    <message>
        <source>A row or column with nothing in it is worth a question: who is not depending on whom?</source>
        <translation>Une ligne ou une colonne vide mérite une question : qui ne dépend pas de qui ?</translation>
    </message>
    <message>
        <source>Promising on the spot what an organisation cannot commit without its board.</source>
        <translation>Promettre sur-le-champ ce qu&apos;une organisation ne peut engager sans son conseil d&apos;administration.</translation>
    </message>
    <message>
        <source>Leaving the quiet partners out: go round the whole table.</source>
        <translation>Oublier les partenaires discrets : faites le tour de toute la table.</translation>
    </message>
    <message>
        <source>While designing the partnership, after the shared vision: before governance and resources, so they answer real needs.</source>
        <translation>Pendant la conception du partenariat, après la vision partagée : avant la gouvernance et les ressources, pour qu&apos;elles répondent à de vrais besoins.</translation>
    </message>
    <message>
        <source>Up to about 12 organisations in one round; with more, pair partners first and report back.</source>
        <translation>Jusqu&apos;à une douzaine d&apos;organisations en un tour ; au-delà, formez d&apos;abord des binômes de partenaires qui font ensuite un retour.</translation>
    </message>
    <message>
        <source>Put on the table what each partner actually brings (money, staff time, data, facilities, authority, relationships) and what the partnership still lacks, so plans rest on resources that exist.</source>
        <translation>Mettre sur la table ce que chaque partenaire apporte réellement (argent, temps de personnel, données, locaux, autorité, relations) et ce qui manque encore au partenariat, pour que les plans reposent sur des ressources qui existent.</translation>
    </message>
    <message>
        <source>Go round the table: what does your organisation bring? Choose the partner (Alt+B) and the kind of resource (Alt+Y), type it and press Enter.</source>
        <translation>Faites le tour de la table : qu&apos;apporte votre organisation ? Choisissez le partenaire (Alt+P) et le type de ressource (Alt+T), tapez-la et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Ask what the partnership needs that nobody has named: choose “nobody yet” as the partner and type the need.</source>
        <translation>Demandez ce dont le partenariat a besoin et que personne n&apos;a nommé : choisissez « personne pour l&apos;instant » comme partenaire et tapez le besoin.</translation>
    </message>
    <message>
        <source>Show the matrix: which kinds of resource are thin, and which partners bring little that others can see?</source>
        <translation>Affichez la matrice : quels types de ressources sont maigres, et quels partenaires apportent peu de choses visibles pour les autres ?</translation>
    </message>
    <message>
        <source>For each gap, ask who could bring it; choose that partner in the list&apos;s “Brought by” column when someone takes it on.</source>
        <translation>Pour chaque manque, demandez qui pourrait l&apos;apporter ; choisissez ce partenaire dans la colonne « Apporté par » de la liste quand quelqu&apos;un s&apos;en charge.</translation>
    </message>
    <message>
        <source>Authority and relationships count as much as money: a signature or an introduction can unblock more than a grant.</source>
        <translation>L&apos;autorité et les relations comptent autant que l&apos;argent : une signature ou une mise en relation peut débloquer davantage qu&apos;une subvention.</translation>
    </message>
    <message>
        <source>Ask for specifics: “a half-time lieutenant for 18 months”, not “staff support”.</source>
        <translation>Demandez du concret : « un lieutenant à mi-temps pendant 18 mois », pas « un soutien en personnel ».</translation>
    </message>
    <message>
        <source>Counting only money, so the partners without a budget look as if they bring nothing.</source>
        <translation>Ne compter que l&apos;argent, si bien que les partenaires sans budget semblent ne rien apporter.</translation>
    </message>
    <message>
        <source>Recording what an organisation has rather than what it will commit to the partnership.</source>
        <translation>Noter ce qu&apos;une organisation possède plutôt que ce qu&apos;elle engagera dans le partenariat.</translation>
    </message>
    <message>
        <source>While designing the partnership, once the vision and what partners need from each other are named: before the plan and the governance depend on them.</source>
        <translation>Pendant la conception du partenariat, une fois nommés la vision et ce dont les partenaires ont besoin les uns des autres : avant que le plan et la gouvernance n&apos;en dépendent.</translation>
    </message>
    <message>
        <source>Up to about 12 organisations, each with someone who can say what it will commit.</source>
        <translation>Jusqu&apos;à une douzaine d&apos;organisations, chacune avec quelqu&apos;un qui peut dire ce qu&apos;elle engagera.</translation>
    </message>
    <message>
        <source>See who else is affected by the issue or could help or block it, and decide whom to invite, whom to keep informed and whom to watch.</source>
        <translation>Voir qui d&apos;autre est concerné par le problème ou pourrait aider ou bloquer, et décider qui inviter, qui tenir informé et qui surveiller.</translation>
    </message>
    <message>
        <source>Ask: who is affected by this issue, or needed to solve it, and is not at this table?</source>
        <translation>Demandez : qui est concerné par ce problème, ou nécessaire pour le résoudre, et n&apos;est pas à cette table ?</translation>
    </message>
    <message>
        <source>Type each one and place it: high or low power (Alt+P), high or low interest (Alt+I).</source>
        <translation>Tapez chacun et placez-le : pouvoir fort ou faible (Alt+P), intérêt fort ou faible (Alt+I).</translation>
    </message>
    <message>
        <source>Show the grid and read the advice of each quadrant aloud: manage closely, keep satisfied, keep informed, monitor.</source>
        <translation>Affichez la grille et lisez à voix haute le conseil de chaque quadrant : gérer de près, satisfaire, tenir informé, surveiller.</translation>
    </message>
    <message>
        <source>For those the room wants at the table, press Ctrl+Return: each becomes an action item; give it an owner and a date.</source>
        <translation>Pour ceux que la salle veut à la table, appuyez sur Ctrl+Return : chacun devient une action ; donnez-lui un responsable et une date.</translation>
    </message>
    <message>
        <source>Power means being able to help or block, not only formal authority: a union or a newspaper can have plenty.</source>
        <translation>Le pouvoir, c&apos;est pouvoir aider ou bloquer, pas seulement l&apos;autorité formelle : un syndicat ou un journal peut en avoir beaucoup.</translation>
    </message>
    <message>
        <source>Name groups the partners find hard to reach, such as young people or renters: they are often the most affected.</source>
        <translation>Nommez les groupes que les partenaires ont du mal à atteindre, comme les jeunes ou les locataires : ce sont souvent les plus concernés.</translation>
    </message>
    <message>
        <source>Inviting everyone at once: a partnership that doubles in size has to start its trust work again.</source>
        <translation>Inviter tout le monde d&apos;un coup : un partenariat qui double de taille doit recommencer son travail de confiance.</translation>
    </message>
    <message>
        <source>Leaving invitations without an owner: nobody makes the call.</source>
        <translation>Laisser des invitations sans responsable : personne ne passe l&apos;appel.</translation>
    </message>
    <message>
        <source>While designing the partnership, or whenever the room wonders who is missing: before governance is settled, so newcomers are not joining a finished structure.</source>
        <translation>Pendant la conception du partenariat, ou chaque fois que la salle se demande qui manque : avant que la gouvernance ne soit fixée, pour que les nouveaux venus ne rejoignent pas une structure achevée.</translation>
    </message>
    <message>
        <source>Any size: the whole room names stakeholders; the partners decide whom to invite.</source>
        <translation>Toute taille : toute la salle nomme les parties prenantes ; les partenaires décident qui inviter.</translation>
    </message>
    <message>
        <source>Agree in advance which decisions the partnership makes together and who decides, who is consulted and who is informed, so no partner is surprised by a decision it thought was its own.</source>
        <translation>Convenir à l&apos;avance des décisions que le partenariat prend ensemble, et de qui décide, qui est consulté et qui est informé, pour qu&apos;aucun partenaire ne soit surpris par une décision qu&apos;il croyait lui revenir.</translation>
    </message>
    <message>
        <source>List the decisions the partnership will face: budget, data, measures, the press, staff, new partners. Type each and press Enter.</source>
        <translation>Listez les décisions auxquelles le partenariat sera confronté : budget, données, mesures, presse, personnel, nouveaux partenaires. Tapez chacune et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>For the selected decision, tick who decides (Alt+D), who is consulted before (Alt+C) and who is informed after (Alt+I); Space ticks.</source>
        <translation>Pour la décision sélectionnée, cochez qui décide (Alt+D), qui est consulté avant (Alt+C) et qui est informé après (Alt+I) ; Espace coche.</translation>
    </message>
    <message>
        <source>Show the table and read each row aloud: does every partner accept its role?</source>
        <translation>Affichez le tableau et lisez chaque ligne à voix haute : chaque partenaire accepte-t-il son rôle ?</translation>
    </message>
    <message>
        <source>Name the decisions nobody decides yet, and come back to them before the meeting ends.</source>
        <translation>Nommez les décisions que personne ne prend encore, et revenez-y avant la fin de la réunion.</translation>
    </message>
    <message>
        <source>Keep the deciders few: a decision everyone must make is a decision nobody can make quickly.</source>
        <translation>Limitez le nombre de décideurs : une décision que tout le monde doit prendre est une décision que personne ne peut prendre vite.</translation>
    </message>
    <message>
        <source>Consulted means asked before, with time to answer; say how much time in the governance block.</source>
        <translation>Consulté veut dire interrogé avant, avec le temps de répondre ; précisez ce délai dans le bloc de gouvernance.</translation>
    </message>
    <message>
        <source>Leaving a partner&apos;s own budget or data decided by others without that partner&apos;s clear agreement.</source>
        <translation>Laisser le budget ou les données d&apos;un partenaire décidés par d&apos;autres sans l&apos;accord clair de ce partenaire.</translation>
    </message>
    <message>
        <source>Treating “informed” as an afterthought: the partner told last is the one that leaves.</source>
        <translation>Traiter « informé » comme un détail : le partenaire prévenu en dernier est celui qui part.</translation>
    </message>
    <message>
        <source>While designing the partnership, once resources and needs are on the table and before governance: the decision rights shape the structure.</source>
        <translation>Pendant la conception du partenariat, une fois les ressources et les besoins sur la table et avant la gouvernance : les droits de décision façonnent la structure.</translation>
    </message>
    <message>
        <source>Up to about 12 organisations, each with someone who can speak for its decisions.</source>
        <translation>Jusqu&apos;à une douzaine d&apos;organisations, chacune avec quelqu&apos;un qui peut parler de ses décisions.</translation>
    </message>
    <message>
        <source>Settle how the partnership governs itself (its structure, how often it meets, how it decides and settles disputes) and what its manager does and who that is.</source>
        <translation>Fixer comment le partenariat se gouverne (sa structure, la fréquence de ses réunions, sa façon de décider et de régler les différends), ce que fait son coordinateur et qui il est.</translation>
    </message>
    <message>
        <source>Take the six topics in order: structure, meeting cadence, decisions, disputes, the manager&apos;s role, who fills it.</source>
        <translation>Prenez les six thèmes dans l&apos;ordre : structure, rythme des réunions, décisions, différends, rôle du coordinateur, qui le tient.</translation>
    </message>
    <message>
        <source>Choose the topic (Alt+T), type what is proposed and press Enter; one point per line.</source>
        <translation>Choisissez le thème (Alt+T), tapez ce qui est proposé et appuyez sur Entrée ; un point par ligne.</translation>
    </message>
    <message>
        <source>Ask the room whether it agrees; mark agreed points with Ctrl+Return.</source>
        <translation>Demandez à la salle si elle est d&apos;accord ; marquez les points acceptés avec Ctrl+Return.</translation>
    </message>
    <message>
        <source>Before closing, read the topics not yet discussed and the points only proposed: they are the next meeting&apos;s agenda.</source>
        <translation>Avant de clore, lisez les thèmes pas encore discutés et les points seulement proposés : ils forment l&apos;ordre du jour de la prochaine réunion.</translation>
    </message>
    <message>
        <source>Light structures last: start with the least the partnership needs, and a date to review it.</source>
        <translation>Les structures légères durent : commencez par le minimum dont le partenariat a besoin, avec une date pour le réexaminer.</translation>
    </message>
    <message>
        <source>Agree how disputes are settled while nobody is in one.</source>
        <translation>Convenez de la façon de régler les différends tant que personne n&apos;en a.</translation>
    </message>
    <message>
        <source>Choosing the manager before agreeing the role: the role then fits the person.</source>
        <translation>Choisir le coordinateur avant de s&apos;accorder sur le rôle : le rôle s&apos;adapte alors à la personne.</translation>
    </message>
    <message>
        <source>A manager who answers to one partner only is seen as that partner&apos;s.</source>
        <translation>Un coordinateur qui ne rend compte qu&apos;à un seul partenaire est perçu comme celui de ce partenaire.</translation>
    </message>
    <message>
        <source>At the end of designing the partnership, once decision rights are clear; review it after the first year.</source>
        <translation>À la fin de la conception du partenariat, une fois les droits de décision clarifiés ; réexaminez-la après la première année.</translation>
    </message>
    <message>
        <source>Up to about 12 organisations, with people who can commit them.</source>
        <translation>Jusqu&apos;à une douzaine d&apos;organisations, avec des personnes qui peuvent les engager.</translation>
    </message>
    <message>
        <source>Put each sector&apos;s view of the issue side by side, without debate at first, so the partners see the problem from every seat at the table.</source>
        <translation>Mettre côte à côte le point de vue de chaque secteur sur le problème, d&apos;abord sans débat, pour que les partenaires voient le problème depuis chaque place autour de la table.</translation>
    </message>
    <message>
        <source>Ask each sector in turn: how does the issue look from where you sit?</source>
        <translation>Demandez tour à tour à chaque secteur : comment voyez-vous le problème depuis votre place ?</translation>
    </message>
    <message>
        <source>Choose the sector (Alt+S), type the view and press Enter; one view per line.</source>
        <translation>Choisissez le secteur (Alt+S), tapez le point de vue et appuyez sur Entrée ; un point de vue par ligne.</translation>
    </message>
    <message>
        <source>Show the sectors side by side and ask: where do the views meet, and where do they part?</source>
        <translation>Affichez les secteurs côte à côte et demandez : où les points de vue se rejoignent-ils, et où divergent-ils ?</translation>
    </message>
    <message>
        <source>Only then discuss; turn what the views share into the problem statement.</source>
        <translation>Seulement ensuite, discutez ; faites de ce que les points de vue ont en commun l&apos;énoncé du problème.</translation>
    </message>
    <message>
        <source>Views sent from phones carry no name: invite them for what people may not say aloud.</source>
        <translation>Les points de vue envoyés par téléphone ne portent aucun nom : invitez-les pour ce que les gens n&apos;oseraient pas dire à voix haute.</translation>
    </message>
    <message>
        <source>Write the view in the speaker&apos;s words, even when another sector would put it otherwise.</source>
        <translation>Écrivez le point de vue avec les mots de la personne, même si un autre secteur le formulerait autrement.</translation>
    </message>
    <message>
        <source>Arguing with a view while it is being given: everyone gets their turn first.</source>
        <translation>Contester un point de vue pendant qu&apos;il est exprimé : chacun a d&apos;abord son tour.</translation>
    </message>
    <message>
        <source>Letting one sector speak for another: ask the people in the room.</source>
        <translation>Laisser un secteur parler au nom d&apos;un autre : interrogez les personnes présentes.</translation>
    </message>
    <message>
        <source>Before the issue is scoped: when the partners still describe the problem in their own sector&apos;s terms.</source>
        <translation>Avant de cadrer le problème : quand les partenaires le décrivent encore dans les termes de leur propre secteur.</translation>
    </message>
    <message>
        <source>Any size; with more than 20 people, sectors gather their views in small groups first.</source>
        <translation>Toute taille ; au-delà de 20 personnes, les secteurs rassemblent d&apos;abord leurs points de vue en petits groupes.</translation>
    </message>
    <message>
        <source>Narrow a big topic down to what this partnership will actually work on, and say it in one problem statement everybody agrees to.</source>
        <translation>Réduire un vaste thème à ce sur quoi ce partenariat va réellement travailler, et le dire en un énoncé du problème que tout le monde accepte.</translation>
    </message>
    <message>
        <source>Type the broad topic (for example “public safety”) in the Issues box and press Enter.</source>
        <translation>Tapez le thème général (par exemple « sécurité publique ») dans la zone Problèmes et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Break it down: Enter adds a sub-issue under the selected issue, Shift+Enter adds one beside it.</source>
        <translation>Décomposez-le : Entrée ajoute un sous-problème sous le problème sélectionné, Shift+Enter en ajoute un à côté.</translation>
    </message>
    <message>
        <source>For each issue ask the room: in scope, out of scope, or later? Space in the tree changes the scope.</source>
        <translation>Pour chaque problème, demandez à la salle : dans le périmètre, hors périmètre ou plus tard ? Espace dans l&apos;arborescence change le périmètre.</translation>
    </message>
    <message>
        <source>Write one problem statement from what is in scope, read it aloud, and tick Agreed when the room agrees.</source>
        <translation>Rédigez un énoncé du problème à partir de ce qui est dans le périmètre, lisez-le à voix haute et cochez Accepté par la salle quand la salle est d&apos;accord.</translation>
    </message>
    <message>
        <source>“Later” is a real answer: it keeps good ideas without making the work too big.</source>
        <translation>« Plus tard » est une vraie réponse : elle garde les bonnes idées sans alourdir le travail.</translation>
    </message>
    <message>
        <source>Alt+arrows move an issue up, down, or under another one as the tree grows.</source>
        <translation>Alt+flèches déplacent un problème vers le haut, vers le bas, ou sous un autre à mesure que l&apos;arborescence grandit.</translation>
    </message>
    <message>
        <source>Skipping the scope because the topic seems clear: partners often mean different things by the same words.</source>
        <translation>Sauter le cadrage parce que le thème semble clair : les partenaires mettent souvent des choses différentes derrière les mêmes mots.</translation>
    </message>
    <message>
        <source>A problem statement that names a solution (“build a shared crime lab”) instead of a problem.</source>
        <translation>Un énoncé du problème qui nomme une solution (« créer un laboratoire de police scientifique commun ») au lieu d&apos;un problème.</translation>
    </message>
    <message>
        <source>When the partners have a broad topic (public safety, housing) but have not said what exactly they will work on.</source>
        <translation>Quand les partenaires ont un vaste thème (sécurité publique, logement) mais n&apos;ont pas dit sur quoi exactement ils vont travailler.</translation>
    </message>
    <message>
        <source>6 to 25 people in one conversation; a bigger room breaks the issue down at tables first.</source>
        <translation>De 6 à 25 personnes dans une même conversation ; une salle plus grande décompose d&apos;abord le problème par tables.</translation>
    </message>
    <message>
        <source>Move the room from fixed solutions (positions) to what matters behind them (interests), where partners can find common ground.</source>
        <translation>Faire passer la salle des solutions arrêtées (les positions) à ce qui compte derrière elles (les intérêts), là où les partenaires peuvent trouver un terrain d&apos;entente.</translation>
    </message>
    <message>
        <source>When someone states a fixed solution, type it as a stated position.</source>
        <translation>Quand quelqu&apos;un avance une solution arrêtée, tapez-la comme position exprimée.</translation>
    </message>
    <message>
        <source>Ask “why does that matter to you?” and type the answer as the interest behind it (Tab moves there).</source>
        <translation>Demandez « pourquoi est-ce important pour vous ? » et tapez la réponse comme l&apos;intérêt qui la sous-tend (Tab y mène).</translation>
    </message>
    <message>
        <source>Group interests that sound alike: shared interests are where the work can start.</source>
        <translation>Regroupez les intérêts qui se ressemblent : les intérêts communs sont le point de départ du travail.</translation>
    </message>
    <message>
        <source>Show the room view: it lists the interests only, never who held which position.</source>
        <translation>Affichez la vue de la salle : elle ne liste que les intérêts, jamais qui a défendu quelle position.</translation>
    </message>
    <message>
        <source>Ask “why?” more than once: the first answer is often another position.</source>
        <translation>Demandez « pourquoi ? » plus d&apos;une fois : la première réponse est souvent une autre position.</translation>
    </message>
    <message>
        <source>Say who stated a position only when it helps you; it never reaches the room or any summary.</source>
        <translation>N&apos;indiquez qui a exprimé une position que si cela vous aide ; cela n&apos;atteint jamais la salle ni aucun compte rendu.</translation>
    </message>
    <message>
        <source>Arguing about which position is right: this block is for understanding, not deciding.</source>
        <translation>Débattre de quelle position est la bonne : ce bloc sert à comprendre, pas à décider.</translation>
    </message>
    <message>
        <source>Naming a partner while reading the interests aloud undoes the protection the room view gives.</source>
        <translation>Nommer un partenaire en lisant les intérêts à voix haute annule la protection qu&apos;offre la vue de la salle.</translation>
    </message>
    <message>
        <source>When partners arrive with fixed solutions, or a discussion goes in circles between two proposals.</source>
        <translation>Quand les partenaires arrivent avec des solutions arrêtées, ou qu&apos;une discussion tourne en rond entre deux propositions.</translation>
    </message>
    <message>
        <source>Any size from 4; it works best when each organisation has a voice in the room.</source>
        <translation>Toute taille à partir de 4 ; cela marche le mieux quand chaque organisation a une voix dans la salle.</translation>
    </message>
    <message>
        <source>Build a set of facts the partners accept, each with its source, so later discussions are about what to do rather than what is true.</source>
        <translation>Constituer un ensemble de faits que les partenaires acceptent, chacun avec sa source, pour que les discussions suivantes portent sur ce qu&apos;il faut faire plutôt que sur ce qui est vrai.</translation>
    </message>
    <message>
        <source>Type each fact with its source, date and who brought it (Tab moves between the boxes).</source>
        <translation>Tapez chaque fait avec sa source, sa date et qui l&apos;a apporté (Tab passe d&apos;une zone à l&apos;autre).</translation>
    </message>
    <message>
        <source>Ask the room about each fact: agreed, disputed or needs data? Alt and the underlined letter mark it.</source>
        <translation>Interrogez la salle sur chaque fait : admis, contesté ou données à trouver ? Alt et la lettre soulignée le marquent.</translation>
    </message>
    <message>
        <source>For a disputed fact or a missing number, add an open question with an owner and a due date.</source>
        <translation>Pour un fait contesté ou un chiffre manquant, ajoutez une question ouverte avec un responsable et une échéance.</translation>
    </message>
    <message>
        <source>Review the open questions at the end: they become action items in the summary.</source>
        <translation>Passez en revue les questions ouvertes à la fin : elles deviennent des actions dans le compte rendu.</translation>
    </message>
    <message>
        <source>Ask for the source before the fact is discussed: it changes how people argue about it.</source>
        <translation>Demandez la source avant de discuter du fait : cela change la façon dont on en débat.</translation>
    </message>
    <message>
        <source>A disputed fact is not a failure: it tells you what data the partnership needs.</source>
        <translation>Un fait contesté n&apos;est pas un échec : il vous dit de quelles données le partenariat a besoin.</translation>
    </message>
    <message>
        <source>Letting one partner&apos;s figures stand as fact because they came first or look the most official.</source>
        <translation>Laisser les chiffres d&apos;un partenaire tenir lieu de fait parce qu&apos;ils sont arrivés en premier ou semblent les plus officiels.</translation>
    </message>
    <message>
        <source>Open questions without an owner and a date never come back.</source>
        <translation>Les questions ouvertes sans responsable ni date ne reviennent jamais.</translation>
    </message>
    <message>
        <source>After the issue is scoped and before measures are chosen, and again when new figures or reports come in.</source>
        <translation>Après le cadrage du problème et avant le choix des mesures, puis à nouveau quand de nouveaux chiffres ou rapports arrivent.</translation>
    </message>
    <message>
        <source>6 to 30 people; the partners who hold the data should be there.</source>
        <translation>De 6 à 30 personnes ; les partenaires qui détiennent les données doivent être présents.</translation>
    </message>
    <message>
        <source>Agree how indicators will be judged before anyone proposes one, so the choice is about the partnership and not about one partner&apos;s favourite number.</source>
        <translation>Convenir de la façon dont les indicateurs seront jugés avant que quiconque n&apos;en propose un, pour que le choix porte sur le partenariat et non sur le chiffre préféré d&apos;un partenaire.</translation>
    </message>
    <message>
        <source>Add the standard criteria (Ctrl+D) or type your own, one per line.</source>
        <translation>Ajoutez les critères standard (Ctrl+D) ou tapez les vôtres, un par ligne.</translation>
    </message>
    <message>
        <source>Check each judging criterion with the room: relevant to the shared vision and to the agreed facts, data obtainable in time, telling about people&apos;s lived experience.</source>
        <translation>Vérifiez chaque critère d&apos;évaluation avec la salle : pertinent pour la vision partagée et pour les faits admis, données disponibles à temps, révélateur du vécu des personnes.</translation>
    </message>
    <message>
        <source>Add the capacity checks: do the partners have the expertise, access and resources to collect the data?</source>
        <translation>Ajoutez les vérifications de capacité : les partenaires ont-ils l&apos;expertise, l&apos;accès et les ressources pour recueillir les données ?</translation>
    </message>
    <message>
        <source>Read the list aloud and ask what is missing before anyone proposes an indicator.</source>
        <translation>Lisez la liste à voix haute et demandez ce qui manque avant que quiconque ne propose un indicateur.</translation>
    </message>
    <message>
        <source>Keep the list short, five to eight criteria: every proposed indicator is scored against each of them.</source>
        <translation>Gardez une liste courte, de cinq à huit critères : chaque indicateur proposé est évalué au regard de chacun d&apos;eux.</translation>
    </message>
    <message>
        <source>If partners disagree about a criterion, settle it now, before anyone&apos;s indicator is at stake.</source>
        <translation>Si les partenaires sont en désaccord sur un critère, réglez-le maintenant, avant que l&apos;indicateur de quiconque ne soit en jeu.</translation>
    </message>
    <message>
        <source>Proposing indicators first and writing the criteria to fit the favourites afterwards.</source>
        <translation>Proposer d&apos;abord les indicateurs et rédiger ensuite les critères pour qu&apos;ils collent aux favoris.</translation>
    </message>
    <message>
        <source>Forgetting capacity: an ideal indicator nobody can collect is never reported.</source>
        <translation>Oublier la capacité : un indicateur idéal que personne ne peut recueillir n&apos;est jamais communiqué.</translation>
    </message>
    <message>
        <source>Just before indicators are proposed, once the vision and the facts are agreed.</source>
        <translation>Juste avant de proposer des indicateurs, une fois la vision et les faits admis.</translation>
    </message>
    <message>
        <source>The whole room, 6 to 30 people; it is short and needs everyone&apos;s agreement.</source>
        <translation>Toute la salle, de 6 à 30 personnes ; c&apos;est court et cela demande l&apos;accord de tous.</translation>
    </message>
    <message>
        <source>Collect the candidate measures of success, with enough detail to decide which ones the partnership will track.</source>
        <translation>Recueillir les mesures de réussite candidates, avec assez de détails pour décider lesquelles le partenariat suivra.</translation>
    </message>
    <message>
        <source>Capture indicator names quickly while people talk; Enter adds one.</source>
        <translation>Notez rapidement les noms des indicateurs pendant que les gens parlent ; Entrée en ajoute un.</translation>
    </message>
    <message>
        <source>Afterwards fill in each one: what it measures, its kind (input, output, outcome, impact), financial or not, leading or lagging, data source, baseline, target, how often and owner.</source>
        <translation>Ensuite, complétez chacun : ce qu&apos;il mesure, son type (moyens, réalisations, résultats, impact), financier ou non, avancé ou retardé, source des données, valeur de départ, cible, fréquence et responsable.</translation>
    </message>
    <message>
        <source>Tick whose stakeholders need it (Space ticks): a budget office, a board, members.</source>
        <translation>Cochez à quelles parties prenantes il est utile (Espace coche) : un service du budget, un conseil d&apos;administration, des adhérents.</translation>
    </message>
    <message>
        <source>Score each indicator against the agreed criteria.</source>
        <translation>Évaluez chaque indicateur au regard des critères adoptés.</translation>
    </message>
    <message>
        <source>Ask for at least one leading indicator (it predicts) and one that is not financial.</source>
        <translation>Demandez au moins un indicateur avancé (il prédit) et un indicateur non financier.</translation>
    </message>
    <message>
        <source>The owner is the partner that will collect and report it: no owner, no indicator.</source>
        <translation>Le responsable est le partenaire qui recueillera et communiquera l&apos;indicateur : pas de responsable, pas d&apos;indicateur.</translation>
    </message>
    <message>
        <source>Only financial measures: at best they show part of the picture.</source>
        <translation>Des mesures uniquement financières : au mieux, elles montrent une partie du tableau.</translation>
    </message>
    <message>
        <source>Only lagging measures: you learn that things went wrong when it is too late to change course.</source>
        <translation>Des mesures uniquement retardées : vous apprenez que les choses ont mal tourné quand il est trop tard pour changer de cap.</translation>
    </message>
    <message>
        <source>When the partnership is ready to say how it will know it worked: after the criteria are agreed, before the vote.</source>
        <translation>Quand le partenariat est prêt à dire comment il saura qu&apos;il a réussi : après l&apos;adoption des critères, avant le vote.</translation>
    </message>
    <message>
        <source>6 to 30 people; with more, let tables propose indicators and fill in the details together.</source>
        <translation>De 6 à 30 personnes ; au-delà, laissez les tables proposer des indicateurs et complétez les détails ensemble.</translation>
    </message>
    <message>
        <source>Decide together which indicators the partnership adopts, by a rule everyone knows before the vote, and see who disagrees.</source>
        <translation>Décider ensemble quels indicateurs le partenariat adopte, selon une règle que chacun connaît avant le vote, et voir qui n&apos;est pas d&apos;accord.</translation>
    </message>
    <message>
        <source>Choose the vote method: fist-to-five, gradients of agreement, or dot votes.</source>
        <translation>Choisissez la méthode de vote : poing à cinq, degrés d&apos;accord ou vote par gommettes.</translation>
    </message>
    <message>
        <source>Choose the decision rule (for example nobody below “live with”, or 80% at 3 or more) and read it to the room before anyone votes.</source>
        <translation>Choisissez la règle de décision (par exemple personne en dessous de « je m&apos;en accommode », ou 80 % à 3 ou plus) et lisez-la à la salle avant que quiconque ne vote.</translation>
    </message>
    <message>
        <source>Vote one indicator at a time and type the tallies, sector by sector if you want to see the spread.</source>
        <translation>Votez un indicateur à la fois et tapez les décomptes, secteur par secteur si vous voulez voir la dispersion.</translation>
    </message>
    <message>
        <source>Reveal the results (Ctrl+R or F9) and look at the dissent column before announcing what was adopted.</source>
        <translation>Révélez les résultats (Ctrl+R ou F9) et regardez la colonne Désaccord avant d&apos;annoncer ce qui est adopté.</translation>
    </message>
    <message>
        <source>Keep the results hidden until every indicator has been voted, so early results do not steer later votes.</source>
        <translation>Gardez les résultats masqués jusqu&apos;à ce que chaque indicateur ait été voté, pour que les premiers résultats n&apos;orientent pas les votes suivants.</translation>
    </message>
    <message>
        <source>A block (a fist, or “block”) parks the indicator: ask what would make it acceptable.</source>
        <translation>Un blocage (un poing, ou « je bloque ») reporte l&apos;indicateur : demandez ce qui le rendrait acceptable.</translation>
    </message>
    <message>
        <source>The rule locks once votes are entered, so nobody can change it to fit the result.</source>
        <translation>La règle se verrouille dès que des votes sont saisis, pour que personne ne puisse la modifier selon le résultat.</translation>
    </message>
    <message>
        <source>Averaging away a sector that votes low: when one sector rates an indicator 1, that is a conversation, not a rounding error.</source>
        <translation>Noyer dans la moyenne un secteur qui vote bas : quand un secteur note un indicateur 1, cela appelle une discussion, pas un arrondi.</translation>
    </message>
    <message>
        <source>Changing the rule after seeing the votes: the room stops trusting the next vote.</source>
        <translation>Changer la règle après avoir vu les votes : la salle cesse de faire confiance au vote suivant.</translation>
    </message>
    <message>
        <source>Right after the indicators are proposed and scored, in the same meeting or the next.</source>
        <translation>Juste après la proposition et l&apos;évaluation des indicateurs, dans la même réunion ou la suivante.</translation>
    </message>
    <message>
        <source>Any size from 5; every partner should have at least one person voting.</source>
        <translation>Toute taille à partir de 5 ; chaque partenaire devrait avoir au moins une personne qui vote.</translation>
    </message>
    <message>
        <source>Look at the adopted indicators as a set: does it tell the whole story, and can every partner report on it?</source>
        <translation>Regarder les indicateurs adoptés comme un ensemble : raconte-t-il toute l&apos;histoire, et chaque partenaire peut-il en rendre compte ?</translation>
    </message>
    <message>
        <source>Show the balance chart: the adopted indicators by kind, financial or not, leading or lagging.</source>
        <translation>Affichez le graphique d&apos;équilibre : les indicateurs adoptés par type, financiers ou non, avancés ou retardés.</translation>
    </message>
    <message>
        <source>Read any warning aloud: a set that is all financial, or has no leading indicator.</source>
        <translation>Lisez à voix haute tout avertissement : un ensemble entièrement financier, ou sans indicateur avancé.</translation>
    </message>
    <message>
        <source>Check that every partner has at least one indicator it can report to those it answers to.</source>
        <translation>Vérifiez que chaque partenaire a au moins un indicateur dont il peut rendre compte à ceux devant qui il répond.</translation>
    </message>
    <message>
        <source>If something is missing, go back to the vote and adopt or re-vote an indicator; this check follows by itself.</source>
        <translation>S&apos;il manque quelque chose, revenez au vote et adoptez un indicateur ou votez de nouveau ; cette vérification se met à jour d&apos;elle-même.</translation>
    </message>
    <message>
        <source>This block is short: the work was done in the vote. Its job is to catch gaps.</source>
        <translation>Ce bloc est court : le travail a été fait lors du vote. Son rôle est de repérer les manques.</translation>
    </message>
    <message>
        <source>Accepting a set that leaves a partner nothing to report: it will struggle to justify its time and money.</source>
        <translation>Accepter un ensemble qui ne laisse rien à communiquer à un partenaire : il aura du mal à justifier son temps et son argent.</translation>
    </message>
    <message>
        <source>Adding indicators here without a vote: go back to the agreement block, so the rule still applies.</source>
        <translation>Ajouter ici des indicateurs sans vote : revenez au bloc d&apos;accord, pour que la règle s&apos;applique toujours.</translation>
    </message>
    <message>
        <source>Right after the vote on indicators, while the room can still go back and change the set.</source>
        <translation>Juste après le vote sur les indicateurs, tant que la salle peut encore revenir en arrière et modifier l&apos;ensemble.</translation>
    </message>
    <message>
        <source>The whole room, any size; the facilitator reads the chart aloud.</source>
        <translation>Toute la salle, toute taille ; l&apos;animateur lit le graphique à voix haute.</translation>
    </message>
    <message>
        <source>Look at what the agreed indicators measured since they were adopted, against where they started and where the partners want them to be.</source>
        <translation>Regarder ce que les indicateurs adoptés ont mesuré depuis leur adoption, par rapport à leur point de départ et à l&apos;endroit où les partenaires veulent les amener.</translation>
    </message>
    <message>
        <source>Before the meeting, ask each indicator&apos;s owner for the latest figures and their source.</source>
        <translation>Avant la réunion, demandez au responsable de chaque indicateur les derniers chiffres et leur source.</translation>
    </message>
    <message>
        <source>Pick the indicator (Alt+I), type the value and what was said about it (“371 lights helped”) and press Enter; set the date and the source in the list.</source>
        <translation>Choisissez l&apos;indicateur (Alt+I), tapez la valeur et ce qui en a été dit (« les 371 lampadaires ont aidé ») et appuyez sur Entrée ; indiquez la date et la source dans la liste.</translation>
    </message>
    <message>
        <source>Show the charts: each indicator&apos;s values over time, with its baseline and target as lines.</source>
        <translation>Affichez les graphiques : les valeurs de chaque indicateur dans le temps, avec sa valeur de départ et sa cible en lignes.</translation>
    </message>
    <message>
        <source>Ask what moved the numbers, and whether any indicator no longer tells the story.</source>
        <translation>Demandez ce qui a fait bouger les chiffres, et si un indicateur ne raconte plus l&apos;histoire.</translation>
    </message>
    <message>
        <source>A leading indicator moves first: start with it to keep the room&apos;s attention.</source>
        <translation>Un indicateur avancé bouge en premier : commencez par lui pour garder l&apos;attention de la salle.</translation>
    </message>
    <message>
        <source>Say where each figure comes from: the room trusts numbers it can trace.</source>
        <translation>Dites d&apos;où vient chaque chiffre : la salle fait confiance aux chiffres dont elle peut retracer l&apos;origine.</translation>
    </message>
    <message>
        <source>Celebrating or blaming a single month: look at the direction over several points.</source>
        <translation>Célébrer ou blâmer un seul mois : regardez la tendance sur plusieurs points.</translation>
    </message>
    <message>
        <source>Measurements typed without a date: the chart cannot place them in time.</source>
        <translation>Des relevés saisis sans date : le graphique ne peut pas les placer dans le temps.</translation>
    </message>
    <message>
        <source>At the check-ins between big meetings, once indicators have been adopted and measured at least once.</source>
        <translation>Lors des points d&apos;étape entre les grandes réunions, une fois les indicateurs adoptés et mesurés au moins une fois.</translation>
    </message>
    <message>
        <source>Any size; the owner of each indicator reports and the room asks.</source>
        <translation>Toute taille ; le responsable de chaque indicateur fait le point et la salle pose des questions.</translation>
    </message>
    <message>
        <source>Agree what the evaluation is for before anyone collects data for it: learning, accountability or funding each need different questions, readers and timing.</source>
        <translation>Convenir de la finalité de l&apos;évaluation avant que quiconque ne recueille des données pour elle : l&apos;apprentissage, la redevabilité ou le financement demandent chacun des questions, des lecteurs et un calendrier différents.</translation>
    </message>
    <message>
        <source>Ask: who will read the evaluation, and what decision will they make with it?</source>
        <translation>Demandez : qui lira l&apos;évaluation, et quelle décision prendra-t-il grâce à elle ?</translation>
    </message>
    <message>
        <source>Choose the purpose (Alt+U), type the question the evaluation must answer and press Enter; Tab to say for whom, by when and with which indicators.</source>
        <translation>Choisissez la finalité (Alt+U), tapez la question à laquelle l&apos;évaluation doit répondre et appuyez sur Entrée ; Tab pour indiquer pour qui, pour quand et avec quels indicateurs.</translation>
    </message>
    <message>
        <source>Read the questions back by purpose and mark those the room adopts (Ctrl+Return).</source>
        <translation>Relisez les questions par finalité et marquez celles que la salle adopte (Ctrl+Return).</translation>
    </message>
    <message>
        <source>Check that every adopted question has an indicator that can answer it.</source>
        <translation>Vérifiez que chaque question adoptée a un indicateur capable d&apos;y répondre.</translation>
    </message>
    <message>
        <source>A funder&apos;s question and a learning question can both be asked, but say which is which.</source>
        <translation>On peut poser à la fois une question de financeur et une question d&apos;apprentissage, mais dites laquelle est laquelle.</translation>
    </message>
    <message>
        <source>Write the question as the reader would ask it, not as the evaluator would.</source>
        <translation>Formulez la question comme le lecteur la poserait, pas comme l&apos;évaluateur le ferait.</translation>
    </message>
    <message>
        <source>An evaluation for everyone is read by no one: name the reader of each question.</source>
        <translation>Une évaluation pour tout le monde n&apos;est lue par personne : nommez le lecteur de chaque question.</translation>
    </message>
    <message>
        <source>Questions no indicator can answer: drop them or add the indicator now.</source>
        <translation>Des questions auxquelles aucun indicateur ne peut répondre : abandonnez-les ou ajoutez l&apos;indicateur maintenant.</translation>
    </message>
    <message>
        <source>Once the measures are agreed and before the first report is due: when the partnership plans how it will judge itself.</source>
        <translation>Une fois les mesures adoptées et avant l&apos;échéance du premier rapport : quand le partenariat prévoit comment il se jugera.</translation>
    </message>
    <message>
        <source>Any size; with more than 15 people, let each sector propose its questions, then agree them together.</source>
        <translation>Toute taille ; au-delà de 15 personnes, laissez chaque secteur proposer ses questions, puis adoptez-les ensemble.</translation>
    </message>
    <message>
        <source>List, partner by partner, what each will share, with whom, how often, in what form, how sensitive it is and which laws or contracts apply, before anyone commits.</source>
        <translation>Lister, partenaire par partenaire, ce que chacun partagera, avec qui, à quelle fréquence, sous quelle forme, quelle est sa sensibilité et quelles lois ou quels contrats s&apos;appliquent, avant que quiconque ne s&apos;engage.</translation>
    </message>
    <message>
        <source>Choose the partner that shares, type what it will share and press Enter.</source>
        <translation>Choisissez le partenaire qui partage, tapez ce qu&apos;il partagera et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Tick who receives it (Space ticks), then fill in the purpose, how often and in what form.</source>
        <translation>Cochez qui le reçoit (Espace coche), puis remplissez la finalité, la fréquence et la forme.</translation>
    </message>
    <message>
        <source>Set the sensitivity and tick the legal constraints: public records and sunshine laws, privacy law, contracts.</source>
        <translation>Indiquez la sensibilité et cochez les contraintes juridiques : lois sur l&apos;accès aux documents publics et la transparence, protection des données personnelles, contrats.</translation>
    </message>
    <message>
        <source>Read the history warnings: pairs without a good history of working together need more care.</source>
        <translation>Lisez les alertes sur l&apos;historique : les paires sans bon historique de travail en commun demandent plus de précautions.</translation>
    </message>
    <message>
        <source>Ask a partner&apos;s legal or records officer to join this block, or to review the list afterwards.</source>
        <translation>Demandez au juriste ou au responsable des archives d&apos;un partenaire de se joindre à ce bloc, ou de relire la liste ensuite.</translation>
    </message>
    <message>
        <source>Sensitive data limits who may see the commitment itself; the projector and the exports follow that.</source>
        <translation>Des données sensibles limitent qui peut voir l&apos;engagement lui-même ; le projecteur et les exports en tiennent compte.</translation>
    </message>
    <message>
        <source>Promising data before checking that the law allows sharing it.</source>
        <translation>Promettre des données avant de vérifier que la loi permet de les partager.</translation>
    </message>
    <message>
        <source>Forgetting that anyone may request a public agency&apos;s records: what it receives may become public.</source>
        <translation>Oublier que n&apos;importe qui peut demander les documents d&apos;un organisme public : ce qu&apos;il reçoit peut devenir public.</translation>
    </message>
    <message>
        <source>When the partners are ready to commit to sharing data, usually after the measures are agreed: the indicators say which data is needed.</source>
        <translation>Quand les partenaires sont prêts à s&apos;engager à partager des données, en général après l&apos;adoption des mesures : les indicateurs disent quelles données sont nécessaires.</translation>
    </message>
    <message>
        <source>6 to 30 people; each partner needs someone who knows its data and the rules that apply to it.</source>
        <translation>De 6 à 30 personnes ; chaque partenaire a besoin de quelqu&apos;un qui connaît ses données et les règles qui s&apos;y appliquent.</translation>
    </message>
    <message>
        <source>Agree who answers the media and records requests for each partner, how partners warn each other, and how long a partner has to review anything before it is released.</source>
        <translation>Convenir de qui répond aux médias et aux demandes d&apos;accès aux documents pour chaque partenaire, de la façon dont les partenaires se préviennent mutuellement, et du délai dont dispose un partenaire pour relire toute chose avant sa diffusion.</translation>
    </message>
    <message>
        <source>For each partner type who answers media enquiries, then Tab to who handles records requests.</source>
        <translation>Pour chaque partenaire, tapez qui répond aux demandes des médias, puis Tab pour qui traite les demandes d&apos;accès aux documents.</translation>
    </message>
    <message>
        <source>Agree how partners warn each other when a request or a story comes in (a call, an email, within a day).</source>
        <translation>Convenez de la façon dont les partenaires se préviennent quand une demande ou un article arrive (un appel, un courriel, dans la journée).</translation>
    </message>
    <message>
        <source>Agree the review time a partner has before anything about the partnership is released.</source>
        <translation>Convenez du délai de relecture dont dispose un partenaire avant que quoi que ce soit sur le partenariat ne soit diffusé.</translation>
    </message>
    <message>
        <source>Check the list of partners without contacts and fill the gaps.</source>
        <translation>Vérifiez la liste des partenaires sans contacts et comblez les manques.</translation>
    </message>
    <message>
        <source>Name a role as well as a person: people change jobs, the role stays.</source>
        <translation>Nommez un rôle en plus d&apos;une personne : les gens changent de poste, le rôle demeure.</translation>
    </message>
    <message>
        <source>Public agencies often have legal deadlines for records requests; agree a review time that fits inside them.</source>
        <translation>Les organismes publics ont souvent des délais légaux pour les demandes d&apos;accès aux documents ; convenez d&apos;un délai de relecture qui s&apos;y inscrit.</translation>
    </message>
    <message>
        <source>Learning about a story on the partnership from the news.</source>
        <translation>Apprendre par les médias l&apos;existence d&apos;un article sur le partenariat.</translation>
    </message>
    <message>
        <source>A review time longer than the legal deadline: the agency will have to release without warning you.</source>
        <translation>Un délai de relecture plus long que le délai légal : l&apos;organisme devra diffuser sans vous prévenir.</translation>
    </message>
    <message>
        <source>Before the partnership makes any public statement, and before the first records request arrives.</source>
        <translation>Avant que le partenariat ne fasse la moindre déclaration publique, et avant que n&apos;arrive la première demande d&apos;accès aux documents.</translation>
    </message>
    <message>
        <source>One person per partner who speaks for it, or knows who does; any size.</source>
        <translation>Une personne par partenaire, qui parle en son nom ou sait qui le fait ; toute taille.</translation>
    </message>
    <message>
        <source>Turn the data commitments into an agreement the partners sign up to; the summary makes a draft information-sharing agreement of them for the partners&apos; lawyers.</source>
        <translation>Transformer les engagements de données en un accord auquel les partenaires souscrivent ; le compte rendu en tire un projet d&apos;accord de partage d&apos;informations pour les juristes des partenaires.</translation>
    </message>
    <message>
        <source>Read each commitment aloud: who shares what, with whom, under which constraints.</source>
        <translation>Lisez chaque engagement à voix haute : qui partage quoi, avec qui, sous quelles contraintes.</translation>
    </message>
    <message>
        <source>Ask every party to it whether they agree, and mark it agreed (Space) only when all of them do.</source>
        <translation>Demandez à chaque partie concernée si elle est d&apos;accord, et ne le marquez accepté (Espace) que lorsque toutes le sont.</translation>
    </message>
    <message>
        <source>Read the draft agreement below the list as the partners will read it.</source>
        <translation>Lisez le projet d&apos;accord sous la liste tel que les partenaires le liront.</translation>
    </message>
    <message>
        <source>Export it for the partners (Ctrl+E) so their lawyers can review it.</source>
        <translation>Exportez-le pour les partenaires (Ctrl+E) afin que leurs juristes puissent le relire.</translation>
    </message>
    <message>
        <source>A commitment not yet agreed stays in the inventory: come back to it at the next meeting.</source>
        <translation>Un engagement pas encore accepté reste dans l&apos;inventaire : revenez-y à la prochaine réunion.</translation>
    </message>
    <message>
        <source>Taking the draft as final: it is a starting point for lawyers, not a signed agreement.</source>
        <translation>Prendre le projet pour définitif : c&apos;est un point de départ pour les juristes, pas un accord signé.</translation>
    </message>
    <message>
        <source>Marking a commitment agreed when the partner that receives it was not in the room.</source>
        <translation>Marquer un engagement accepté alors que le partenaire qui le reçoit n&apos;était pas dans la salle.</translation>
    </message>
    <message>
        <source>After the data inventory, when the partners are ready to commit in writing.</source>
        <translation>Après l&apos;inventaire des données, quand les partenaires sont prêts à s&apos;engager par écrit.</translation>
    </message>
    <message>
        <source>Every partner that shares or receives data must be in the room, with someone who may agree for it.</source>
        <translation>Chaque partenaire qui partage ou reçoit des données doit être présent, avec quelqu&apos;un qui peut donner son accord en son nom.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Facilitator guide</source>
        <translation>Guide de l&apos;animateur</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Rechercher dans le guide</translation>
    </message>
    <message>
        <source>Search the guide, for example: reveal, visibility, paper (Enter: next)</source>
        <translation>Rechercher dans le guide, par exemple : révéler, visibilité, papier (Entrée : suivant)</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Résultat de la recherche</translation>
    </message>
    <message>
        <source>Guide sections</source>
        <translation>Sections du guide</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>Texte du guide</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message numerus="yes">
        <source>“{text}” is in %n section(s); Enter shows the next.</source>
        <translation>
            <numerusform>« {text} » figure dans %n section ; Entrée affiche la suivante.</numerusform>
            <numerusform>« {text} » figure dans %n sections ; Entrée affiche la suivante.</numerusform>
        </translation>
    </message>
    <message>
        <source>No section of the guide mentions “{text}”.</source>
        <translation>Aucune section du guide ne mentionne « {text} ».</translation>
    </message>
</context>
<context>
    <name>Handouts</name>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Handouts: {meeting}</source>
        <translation>Supports papier : {meeting}</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>de {start} à {end}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Total: {length}</source>
        <translation>Total : {length}</translation>
    </message>
    <message>
        <source>Sign-in: {meeting}</source>
        <translation>Émargement : {meeting}</translation>
    </message>
    <message>
        <source>Please tick your name, or write it on an empty line with your organisation.</source>
        <translation>Veuillez cocher votre nom, ou l&apos;écrire sur une ligne vide avec votre organisation.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>{question} Put a cross in one box on each line.</source>
        <translation>{question} Mettez une croix dans une case par ligne.</translation>
    </message>
    <message>
        <source>Method: {method}.</source>
        <translation>Méthode : {method}.</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>Place your {n} dots next to what you support most.</source>
        <translation>Placez vos {n} gommettes à côté de ce que vous soutenez le plus.</translation>
    </message>
    <message>
        <source>At most one dot on each line.</source>
        <translation>Au plus une gommette par ligne.</translation>
    </message>
    <message>
        <source>At most {n} dots on one line.</source>
        <translation>Au plus {n} gommettes sur une même ligne.</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Gommettes</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Code: on the screen</source>
        <translation>Code : à l&apos;écran</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the square, or open the address, then type the code the screen shows. Use the room&apos;s Wi-Fi. No name is asked. If the screen shows another address, use that one.</source>
        <translation>Visez le carré avec l&apos;appareil photo de votre téléphone, ou ouvrez l&apos;adresse, puis tapez le code affiché à l&apos;écran. Utilisez le Wi-Fi de la salle. Aucun nom n&apos;est demandé. Si l&apos;écran affiche une autre adresse, utilisez celle-ci.</translation>
    </message>
    <message>
        <source>Address: ______________________</source>
        <translation>Adresse : ______________________</translation>
    </message>
    <message>
        <source>Code: ________</source>
        <translation>Code : ________</translation>
    </message>
    <message>
        <source>The address, its square code and the join code appear on the screen when the meeting opens to phones: write them here, or point your phone&apos;s camera at the screen. Use the room&apos;s Wi-Fi. No name is asked.</source>
        <translation>L&apos;adresse, son code carré et le code de connexion s&apos;affichent à l&apos;écran quand la réunion s&apos;ouvre aux téléphones : notez-les ici, ou visez l&apos;écran avec l&apos;appareil photo de votre téléphone. Utilisez le Wi-Fi de la salle. Aucun nom n&apos;est demandé.</translation>
    </message>
</context>
<context>
    <name>HandoutsDialog</name>
    <message>
        <source>Handouts for the tables</source>
        <translation>Supports papier pour les tables</translation>
    </message>
    <message>
        <source>One PDF to print for the room: the agenda with its times, a sign-in sheet with the partners&apos; people, a ballot or dot-vote sheet for each vote, idea cards for each block that gathers ideas, and the join card when phones can take part. Only what the room may see is printed.</source>
        <translation>Un seul PDF à imprimer pour la salle : l&apos;ordre du jour avec ses horaires, une feuille d&apos;émargement avec les personnes des partenaires, un bulletin ou une feuille de gommettes pour chaque vote, des cartes à idées pour chaque bloc qui recueille des idées, et la carte de connexion quand les téléphones peuvent participer. Seul ce que la salle peut voir est imprimé.</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <source>Handouts status</source>
        <translation>État des supports papier</translation>
    </message>
    <message>
        <source>Writing the handouts</source>
        <translation>Écriture des supports papier</translation>
    </message>
    <message>
        <source>Not written: the existing file was kept.</source>
        <translation>Non écrit : le fichier existant a été conservé.</translation>
    </message>
    <message>
        <source>&amp;Write PDF</source>
        <translation>É&amp;crire le PDF</translation>
    </message>
    <message>
        <source>{date} {title} handouts</source>
        <translation>Supports papier {date} {title}</translation>
    </message>
    <message>
        <source>Save handouts as</source>
        <translation>Enregistrer les supports papier sous</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the handouts…</source>
        <translation>Écriture des supports papier…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} enregistré</translation>
    </message>
    <message>
        <source>Not written: {message}</source>
        <translation>Non écrit : {message}</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="vanished">Format du papier</translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="vanished">A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="vanished">US Letter</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="vanished">Enregistrer sous</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="vanished">Choisir…</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation type="vanished">Choisir où enregistrer</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="vanished">&amp;Enregistrer sous :</translation>
    </message>
    <message>
        <source>Choose where to save the file first.</source>
        <translation type="vanished">Choisissez d&apos;abord où enregistrer le fichier.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="vanished">Fermer</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Partners involved</source>
        <translation>Partenaires concernés</translation>
    </message>
    <message>
        <source>Space ticks or unticks a partner</source>
        <translation>Espace coche ou décoche un partenaire</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Lesson learned</source>
        <translation>Leçon tirée</translation>
    </message>
    <message>
        <source>What they did together</source>
        <translation>Ce qu&apos;ils ont fait ensemble</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>What did they do together? Then Enter</source>
        <translation>Qu&apos;ont-ils fait ensemble ? Puis Entrée</translation>
    </message>
    <message>
        <source>Use ticked partners for the selected record</source>
        <translation>Appliquer les partenaires cochés à l&apos;historique sélectionné</translation>
    </message>
    <message>
        <source>Who has worked with whom</source>
        <translation>Qui a travaillé avec qui</translation>
    </message>
    <message>
        <source>Enter on a cell ticks that pair above</source>
        <translation>Entrée sur une cellule coche cette paire ci-dessus</translation>
    </message>
    <message>
        <source>&amp;Partners involved (Space ticks)</source>
        <translation>&amp;Partenaires concernés (Espace coche)</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>Rés&amp;ultat</translation>
    </message>
    <message>
        <source>Who has worked with whom (this and earlier meetings)</source>
        <translation>Qui a travaillé avec qui (cette réunion et les précédentes)</translation>
    </message>
    <message>
        <source>Tick at least two partners (Space in the partner list) before you add a history.</source>
        <translation>Cochez au moins deux partenaires (Espace dans la liste des partenaires) avant d&apos;ajouter un historique.</translation>
    </message>
    <message>
        <source>Select one record and tick at least two partners first.</source>
        <translation>Sélectionnez d&apos;abord un historique et cochez au moins deux partenaires.</translation>
    </message>
    <message>
        <source>Change partners of a history</source>
        <translation>Modifier les partenaires d&apos;un historique</translation>
    </message>
</context>
<context>
    <name>HomeModel</name>
    <message>
        <source>Collaboration: {name}, found by its name</source>
        <translation>Collaboration : {name}, trouvée par son nom</translation>
    </message>
    <message>
        <source>Collaboration: {name}</source>
        <translation>Collaboration : {name}</translation>
    </message>
    <message>
        <source>{title}, found by {why}</source>
        <translation>{title}, trouvé par {why}</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>New collaboration</source>
        <translation>Nouvelle collaboration</translation>
    </message>
    <message>
        <source>Name of the partnership:</source>
        <translation>Nom du partenariat :</translation>
    </message>
    <message>
        <source>Create collaboration</source>
        <translation>Créer la collaboration</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <source>Create or select a collaboration first.</source>
        <translation>Créez ou sélectionnez d&apos;abord une collaboration.</translation>
    </message>
    <message>
        <source>New workshop for {name}</source>
        <translation>Nouvel atelier pour {name}</translation>
    </message>
    <message>
        <source>Workshop details</source>
        <translation>Détails de l&apos;atelier</translation>
    </message>
    <message>
        <source>Edit workshop details</source>
        <translation>Modifier les détails de l&apos;atelier</translation>
    </message>
    <message>
        <source>Rename collaboration</source>
        <translation>Renommer la collaboration</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Plan the next meeting</source>
        <translation>Préparer la prochaine réunion</translation>
    </message>
    <message>
        <source>Next meeting: {title}</source>
        <translation>Prochaine réunion : {title}</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation>Supprimer l&apos;atelier</translation>
    </message>
    <message>
        <source>Delete “{title}”? It goes to Deleted workshops, where you can restore it; Ctrl+Z also brings it back.</source>
        <translation>Supprimer « {title} » ? Il va dans Ateliers supprimés, d&apos;où vous pouvez le restaurer ; Ctrl+Z le rétablit aussi.</translation>
    </message>
    <message>
        <source>Delete collaboration</source>
        <translation>Supprimer la collaboration</translation>
    </message>
    <message>
        <source>Delete the collaboration “{name}” and hide all its workshops? Ctrl+Z brings it back.</source>
        <translation>Supprimer la collaboration « {name} » et masquer tous ses ateliers ? Ctrl+Z la rétablit.</translation>
    </message>
    <message>
        <source>Search workshops by title, place or what was said in them</source>
        <translation>Rechercher des ateliers par titre, lieu ou ce qui y a été dit</translation>
    </message>
    <message>
        <source>Search workshops</source>
        <translation>Rechercher des ateliers</translation>
    </message>
    <message>
        <source>Finds collaborations by name, workshops by title or place, and what was said in them; the best match first (Ctrl+F)</source>
        <translation>Trouve les collaborations par leur nom, les ateliers par leur titre ou leur lieu, et ce qui y a été dit ; la meilleure correspondance d&apos;abord (Ctrl+F)</translation>
    </message>
    <message>
        <source>Collaboration / workshop</source>
        <translation>Collaboration / atelier</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Trouvé par</translation>
    </message>
    <message>
        <source>Collaborations and workshops</source>
        <translation>Collaborations et ateliers</translation>
    </message>
    <message>
        <source>New collaboration…</source>
        <translation>Nouvelle collaboration…</translation>
    </message>
    <message>
        <source>New workshop…</source>
        <translation>Nouvel atelier…</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>Ouvrir l&apos;atelier</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Partners…</source>
        <translation>Partenaires…</translation>
    </message>
    <message>
        <source>Duplicate as next meeting…</source>
        <translation>Dupliquer comme prochaine réunion…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Deleted workshops…</source>
        <translation>Ateliers supprimés…</translation>
    </message>
    <message>
        <source>Try the demo collaboration</source>
        <translation>Essayer la collaboration de démonstration</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Your collaborations</source>
        <translation>Vos collaborations</translation>
    </message>
    <message>
        <source>Open a workshop to run it (Enter), or plan a new one. Everything is saved as you type, on this computer only.</source>
        <translation>Ouvrez un atelier pour le mener (Entrée), ou préparez-en un nouveau. Tout est enregistré au fil de la frappe, sur cet ordinateur uniquement.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>collaboration name</source>
        <translation>nom de la collaboration</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>what was said: “{snippet}”</source>
        <translation>ce qui a été dit : « {snippet} »</translation>
    </message>
    <message>
        <source>what was said: “{snippet}” ({n} items)</source>
        <translation>ce qui a été dit : « {snippet} » ({n} éléments)</translation>
    </message>
    <message>
        <source>No collaboration yet: start with New collaboration, or try the demo collaboration to see a meeting in progress.</source>
        <translation>Aucune collaboration pour l&apos;instant : commencez par Nouvelle collaboration, ou essayez la collaboration de démonstration pour voir une réunion en cours.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Partners: {names}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Partenaires : {names}</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;br&gt;&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{count} captured items</source>
        <translation>&lt;br&gt;&lt;br&gt;&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{count} éléments saisis</translation>
    </message>
</context>
<context>
    <name>HopesConcernsPanel</name>
    <message>
        <source>Cluster</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Mark agreed / not agreed (Ctrl+Return)</source>
        <translation>Marquer accepté / non accepté (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Select a working agreement in the list first.</source>
        <translation>Sélectionnez d&apos;abord un accord de travail dans la liste.</translation>
    </message>
    <message>
        <source>Hope</source>
        <translation>Espoir</translation>
    </message>
    <message>
        <source>A hope, then Enter</source>
        <translation>Un espoir, puis Entrée</translation>
    </message>
    <message>
        <source>Hopes (Alt+1)</source>
        <translation>Espoirs (Alt+1)</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Inquiétude</translation>
    </message>
    <message>
        <source>A concern, then Enter</source>
        <translation>Une inquiétude, puis Entrée</translation>
    </message>
    <message>
        <source>Concerns (Alt+2)</source>
        <translation>Inquiétudes (Alt+2)</translation>
    </message>
    <message>
        <source>Working agreement</source>
        <translation>Accord de fonctionnement</translation>
    </message>
    <message>
        <source>A working agreement, then Enter</source>
        <translation>Un accord de fonctionnement, puis Entrée</translation>
    </message>
    <message>
        <source>Working agreements (Alt+3)</source>
        <translation>Accords de fonctionnement (Alt+3)</translation>
    </message>
    <message>
        <source>Agreed?</source>
        <translation type="vanished">Accepté ?</translation>
    </message>
    <message>
        <source>✔ Agreed</source>
        <translation type="vanished">✔ Accepté</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="vanished">Proposé</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{name} is not a Workshop App workshop file.</source>
        <translation>{name} n&apos;est pas un fichier d&apos;atelier Workshop App.</translation>
    </message>
    <message>
        <source>{name} is too large to be a workshop file.</source>
        <translation>{name} est trop volumineux pour être un fichier d&apos;atelier.</translation>
    </message>
    <message>
        <source>{name} is not a Workshop App workshop file (it is not valid JSON).</source>
        <translation>{name} n&apos;est pas un fichier d&apos;atelier Workshop App (ce n&apos;est pas du JSON valide).</translation>
    </message>
    <message>
        <source>{name} is damaged: it holds text that is not valid Unicode. It was not imported.</source>
        <translation>{name} est endommagé : il contient du texte qui n&apos;est pas de l&apos;Unicode valide. Il n&apos;a pas été importé.</translation>
    </message>
    <message>
        <source>{name} is a collaboration report, not a workshop; only workshop files can be imported.</source>
        <translation>{name} est un rapport de collaboration, pas un atelier ; seuls les fichiers d&apos;atelier peuvent être importés.</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Workshop App (format {found}; this version reads up to {known}). Update the app to import it.</source>
        <translation>{name} a été créé par une version plus récente de Workshop App (format {found} ; cette version lit jusqu&apos;au format {known}). Mettez l&apos;application à jour pour l&apos;importer.</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>le niveau supérieur</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete: at {where}, {problem}.</source>
        <translation>{name} est endommagé ou incomplet ({where}) : {problem}.</translation>
    </message>
    <message>
        <source>this is not a date and time</source>
        <translation>ce n&apos;est pas une date et une heure</translation>
    </message>
    <message>
        <source>this time is in the future</source>
        <translation>cette heure est dans le futur</translation>
    </message>
    <message>
        <source>there is no such day</source>
        <translation>ce jour n&apos;existe pas</translation>
    </message>
    <message>
        <source>the item kind {kind!r} is not one this version knows</source>
        <translation>le type d&apos;élément {kind!r} n&apos;est pas connu de cette version</translation>
    </message>
    <message>
        <source>it names a block that is not in the file</source>
        <translation>il désigne un bloc qui n&apos;est pas dans le fichier</translation>
    </message>
    <message>
        <source>items are nested {depth} deep (at most {limit})</source>
        <translation>les éléments sont imbriqués sur {depth} niveaux (au plus {limit})</translation>
    </message>
    <message>
        <source>the block kind {kind!r} is not one this version knows</source>
        <translation>le type de bloc {kind!r} n&apos;est pas connu de cette version</translation>
    </message>
    <message>
        <source>items of this kind do not name a partner</source>
        <translation>les éléments de ce type ne désignent pas de partenaire</translation>
    </message>
    <message>
        <source>it hangs under an item it cannot belong to</source>
        <translation>il dépend d&apos;un élément auquel il ne peut pas appartenir</translation>
    </message>
    <message>
        <source>it names a partner that is not in the file</source>
        <translation>il désigne un partenaire qui n&apos;est pas dans le fichier</translation>
    </message>
    <message>
        <source>it refers to an item that is not in the file</source>
        <translation>il renvoie à un élément qui n&apos;est pas dans le fichier</translation>
    </message>
    <message>
        <source>Imported &apos;{workshop}&apos; into &apos;{collaboration}&apos; ({id}): {added} new, {updated} updated, {unchanged} already there; {matched} partners matched existing ones.</source>
        <translation>&apos;{workshop}&apos; importé dans &apos;{collaboration}&apos; ({id}) : {added} nouveaux, {updated} mis à jour, {unchanged} déjà présents ; {matched} partenaires associés à des partenaires existants.</translation>
    </message>
    <message>
        <source>{n} deleted here since were not brought back.</source>
        <translation>{n} supprimés ici depuis n&apos;ont pas été rétablis.</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>{path} is too large to be a workshop file ({mb:.0f} MB; the limit is {limit} MB).</source>
        <translation>{path} est trop volumineux pour être un fichier d&apos;atelier ({mb:.0f} Mo ; la limite est de {limit} Mo).</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>Il n&apos;y a pas de fichier à {path}.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} ne peut pas être lu : {reason}.</translation>
    </message>
    <message>
        <source>The file&apos;s {what} {id} is already used by another workshop or collaboration in this database; the file was not imported.</source>
        <translation>Dans le fichier, l&apos;id {id} ({what}) est déjà utilisé par un autre atelier ou une autre collaboration de cette base de données ; le fichier n&apos;a pas été importé.</translation>
    </message>
    <message>
        <source>The file is inconsistent: {what}. It was not imported.</source>
        <translation>Le fichier est incohérent : {what}. Il n&apos;a pas été importé.</translation>
    </message>
    <message>
        <source>the workshop belongs to another collaboration</source>
        <translation>l&apos;atelier appartient à une autre collaboration</translation>
    </message>
    <message>
        <source>a partner belongs to another collaboration</source>
        <translation>un partenaire appartient à une autre collaboration</translation>
    </message>
    <message>
        <source>a block or item belongs to another workshop</source>
        <translation>un bloc ou un élément appartient à un autre atelier</translation>
    </message>
    <message>
        <source>the same id is used twice</source>
        <translation>le même id est utilisé deux fois</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>atelier</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is in this database&apos;s bin of deleted work; restore it before importing into it. Nothing was imported.</source>
        <translation>&apos;{name}&apos; est dans la corbeille de cette base de données ; restaurez-le avant d&apos;y importer. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>earlier meeting</source>
        <translation>réunion précédente</translation>
    </message>
    <message>
        <source>block</source>
        <translation>bloc</translation>
    </message>
    <message>
        <source>item</source>
        <translation>élément</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <source>an item refers to a missing block</source>
        <translation>un élément renvoie à un bloc manquant</translation>
    </message>
    <message>
        <source>an item refers to a missing parent item</source>
        <translation>un élément renvoie à un élément parent manquant</translation>
    </message>
    <message>
        <source>an item refers to a missing partner</source>
        <translation>un élément renvoie à un partenaire manquant</translation>
    </message>
    <message>
        <source>an earlier meeting does not fit this workshop</source>
        <translation>une réunion précédente ne correspond pas à cet atelier</translation>
    </message>
    <message>
        <source>The file is inconsistent: items are nested too deeply or in a loop. It was not imported.</source>
        <translation>Le fichier est incohérent : les éléments sont imbriqués trop profondément ou en boucle. Il n&apos;a pas été importé.</translation>
    </message>
    <message>
        <source>This database changed while the file was being previewed; nothing was imported. Look at the preview again.</source>
        <translation>Cette base de données a changé pendant l&apos;aperçu du fichier ; rien n&apos;a été importé. Regardez de nouveau l&apos;aperçu.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a workshop</source>
        <translation>Importer un atelier</translation>
    </message>
    <message>
        <source>What importing this file does</source>
        <translation>Ce que fait l&apos;import de ce fichier</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <source>The workshop</source>
        <translation>L&apos;atelier</translation>
    </message>
    <message>
        <source>The collaboration it goes into</source>
        <translation>La collaboration où il va</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Whom the file was made for</source>
        <translation>Pour qui le fichier a été fait</translation>
    </message>
    <message>
        <source>Workshop:</source>
        <translation>Atelier :</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>Dans :</translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation>Partenaires :</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Éléments :</translation>
    </message>
    <message>
        <source>Made for:</source>
        <translation>Fait pour :</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>How to take the import back</source>
        <translation>Comment annuler l&apos;import</translation>
    </message>
    <message>
        <source>&amp;Open the workshop once imported</source>
        <translation>&amp;Ouvrir l&apos;atelier une fois importé</translation>
    </message>
    <message>
        <source>Open the workshop once imported</source>
        <translation>Ouvrir l&apos;atelier une fois importé</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import the workshop</source>
        <translation>Importer l&apos;atelier</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Ce fichier ne peut pas être importé</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>A new workshop</source>
        <translation>Un nouvel atelier</translation>
    </message>
    <message>
        <source>An update of a workshop already here</source>
        <translation>Une mise à jour d&apos;un atelier déjà présent</translation>
    </message>
    <message>
        <source>Already here, as the file has it</source>
        <translation>Déjà présent, tel que dans le fichier</translation>
    </message>
    <message>
        <source>“{title}” ({when})</source>
        <translation>« {title} » ({when})</translation>
    </message>
    <message>
        <source>“{title}”</source>
        <translation>« {title} »</translation>
    </message>
    <message>
        <source>A new collaboration, “{name}”, made by this import</source>
        <translation>Une nouvelle collaboration, « {name} », créée par cet import</translation>
    </message>
    <message>
        <source>“{name}”, already here</source>
        <translation>« {name} », déjà présente</translation>
    </message>
    <message>
        <source>Ctrl+Z does not take an import back. To remove the workshop, select it on the home screen and press Delete: it goes to Deleted workshops, from where it can be restored.</source>
        <translation>Ctrl+Z n&apos;annule pas un import. Pour retirer l&apos;atelier, sélectionnez-le sur l&apos;écran d&apos;accueil et appuyez sur Suppr : il va dans Ateliers supprimés, d&apos;où il peut être restauré.</translation>
    </message>
    <message>
        <source>Ctrl+Z does not take an import back: what is newer in the file replaces the older copy here. Nothing here is removed.</source>
        <translation>Ctrl+Z n&apos;annule pas un import : ce qui est plus récent dans le fichier remplace la copie plus ancienne d&apos;ici. Rien n&apos;est retiré ici.</translation>
    </message>
    <message>
        <source>None in the file</source>
        <translation>Aucun dans le fichier</translation>
    </message>
    <message numerus="yes">
        <source>%n matched with partners already here</source>
        <translation>
            <numerusform>%n associé à un partenaire déjà présent</numerusform>
            <numerusform>%n associés à des partenaires déjà présents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n ajouté</numerusform>
            <numerusform>%n ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the file</source>
        <translation>
            <numerusform>%n dans le fichier</numerusform>
            <numerusform>%n dans le fichier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new here</source>
        <translation>
            <numerusform>%n nouveau ici</numerusform>
            <numerusform>%n nouveaux ici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newer in the file, replacing the copy here</source>
        <translation>
            <numerusform>%n plus récent dans le fichier, qui remplace la copie d&apos;ici</numerusform>
            <numerusform>%n plus récents dans le fichier, qui remplacent la copie d&apos;ici</numerusform>
        </translation>
    </message>
    <message>
        <source>all here already</source>
        <translation>tous déjà présents</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted here since, not brought back</source>
        <translation>
            <numerusform>%n supprimé ici depuis, non rétabli</numerusform>
            <numerusform>%n supprimés ici depuis, non rétablis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n here but not in the file, which stay</source>
        <translation>
            <numerusform>%n présent ici mais pas dans le fichier, qui reste</numerusform>
            <numerusform>%n présents ici mais pas dans le fichier, qui restent</numerusform>
        </translation>
    </message>
    <message>
        <source>{audience}: the file holds the whole workshop</source>
        <translation>{audience} : le fichier contient l&apos;atelier entier</translation>
    </message>
    <message numerus="yes">
        <source>{audience}: %n item(s) withheld from that audience are not in the file, and roster details not meant for it are blank</source>
        <translation>
            <numerusform>{audience} : %n élément non destiné à ce public n&apos;est pas dans le fichier, et les détails de la liste des partenaires qui ne lui sont pas destinés sont vides</numerusform>
            <numerusform>{audience} : %n éléments non destinés à ce public ne sont pas dans le fichier, et les détails de la liste des partenaires qui ne lui sont pas destinés sont vides</numerusform>
        </translation>
    </message>
    <message>
        <source>(so it only adds what is missing here; it changes nothing here)</source>
        <translation>(il ajoute donc seulement ce qui manque ici ; il ne change rien ici)</translation>
    </message>
    <message>
        <source>Imported “{title}” into “{collaboration}”.</source>
        <translation>« {title} » importé dans « {collaboration} ».</translation>
    </message>
</context>
<context>
    <name>IndicatorsPanel</name>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>What it measures</source>
        <translation>Ce qu&apos;il mesure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Financier</translation>
    </message>
    <message>
        <source>Leading or lagging</source>
        <translation>Avancé ou retardé</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Source des données</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Indicator name, then Enter (fill in the rest later)</source>
        <translation>Nom de l&apos;indicateur, puis Entrée (complétez le reste plus tard)</translation>
    </message>
    <message>
        <source>Partners whose stakeholders need it</source>
        <translation>Partenaires dont les parties prenantes en ont besoin</translation>
    </message>
    <message>
        <source>Scores against the criteria</source>
        <translation>Scores au regard des critères</translation>
    </message>
    <message>
        <source>Whose stakeholders &amp;need it (Space ticks):</source>
        <translation>À qui il est &amp;nécessaire (Espace coche) :</translation>
    </message>
    <message>
        <source>&amp;Scored against the criteria:</source>
        <translation>&amp;Scores au regard des critères :</translation>
    </message>
    <message>
        <source>Selected indicator</source>
        <translation>Indicateur sélectionné</translation>
    </message>
    <message>
        <source>Select an indicator in the table to tick who needs it and score it.</source>
        <translation>Sélectionnez un indicateur dans le tableau pour cocher qui en a besoin et lui attribuer un score.</translation>
    </message>
    <message>
        <source>Score: {criterion}</source>
        <translation>Score : {criterion}</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Sans score</translation>
    </message>
    <message>
        <source>This criterion is less open than the indicator, so the indicator is not scored against it (make the criterion as open as the indicator to use it).</source>
        <translation>La visibilité de ce critère est plus restreinte que celle de l&apos;indicateur : l&apos;indicateur n&apos;est donc pas évalué au regard de celui-ci (donnez au critère la même visibilité que l&apos;indicateur pour l&apos;utiliser).</translation>
    </message>
    <message>
        <source>Change who needs {name!r}</source>
        <translation>Modifier qui a besoin de {name!r}</translation>
    </message>
    <message>
        <source>Score {name!r}</source>
        <translation>Évaluer {name!r}</translation>
    </message>
</context>
<context>
    <name>InterdependencyPanel</name>
    <message>
        <source>Who needs it</source>
        <translation>Qui en a besoin</translation>
    </message>
    <message>
        <source>&amp;Partner who needs it:</source>
        <translation>&amp;Partenaire qui en a besoin :</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Needed fr&amp;om:</source>
        <translation>F&amp;ourni par :</translation>
    </message>
    <message>
        <source>Needed from</source>
        <translation>Fourni par</translation>
    </message>
    <message>
        <source>Promised?</source>
        <translation>Promis ?</translation>
    </message>
    <message>
        <source>✔ Promised</source>
        <translation>✔ Promis</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Promised / not yet (Ctrl+Return)</source>
        <translation>Promis / pas encore (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Mark promised</source>
        <translation>Marquer promis</translation>
    </message>
    <message>
        <source>Mark not yet promised</source>
        <translation>Marquer pas encore promis</translation>
    </message>
    <message>
        <source>Select a need in the list first.</source>
        <translation>Sélectionnez d&apos;abord un besoin dans la liste.</translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation>Ce qui est nécessaire</translation>
    </message>
    <message>
        <source>What is needed, then Enter</source>
        <translation>Ce qui est nécessaire, puis Entrée</translation>
    </message>
    <message>
        <source>Choose who needs it and from whom (Alt+P, Alt+O), type what is needed and press Enter.</source>
        <translation>Choisissez qui en a besoin et qui doit le fournir (Alt+P, Alt+O), tapez ce qui est nécessaire et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="vanished">— choisir —</translation>
    </message>
</context>
<context>
    <name>ItemListWidget</name>
    <message>
        <source>What was said</source>
        <translation>Ce qui a été dit</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
    <message>
        <source>Capture box</source>
        <translation>Zone de saisie</translation>
    </message>
    <message>
        <source>Type and press Enter to capture</source>
        <translation>Tapez puis appuyez sur Entrée pour saisir</translation>
    </message>
    <message>
        <source>Captured items</source>
        <translation>Éléments saisis</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected items (Del)</source>
        <translation>Supprimer les éléments sélectionnés (Del)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Monter (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Descendre (Alt+Down)</translation>
    </message>
    <message>
        <source>Group…</source>
        <translation>Grouper…</translation>
    </message>
    <message>
        <source>Put the selected items in a cluster (Ctrl+G)</source>
        <translation>Mettre les éléments sélectionnés dans un groupe (Ctrl+G)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>The due date {value!r} is not a date; write it as YYYY-MM-DD, for example 2026-12-31.</source>
        <translation>L&apos;échéance {value!r} n&apos;est pas une date ; écrivez-la sous la forme AAAA-MM-JJ, par exemple 2026-12-31.</translation>
    </message>
    <message>
        <source>Capture {text!r}</source>
        <translation>Saisir {text!r}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Supprimer %n élément</numerusform>
            <numerusform>Supprimer %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>Déplacer l&apos;élément</translation>
    </message>
    <message>
        <source>Group into a cluster</source>
        <translation>Regrouper dans un groupe</translation>
    </message>
    <message>
        <source>Cluster name (leave empty to ungroup):</source>
        <translation>Nom du groupe (laisser vide pour dégrouper) :</translation>
    </message>
    <message>
        <source>Group items</source>
        <translation>Grouper les éléments</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>Edit {what}</source>
        <translation>Modifier {what}</translation>
    </message>
</context>
<context>
    <name>JoinCard</name>
    <message>
        <source>Join “{meeting}” from your phone</source>
        <translation>Rejoindre « {meeting} » depuis votre téléphone</translation>
    </message>
    <message>
        <source>Code: {code}</source>
        <translation>Code : {code}</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the square, or open the address and type the code. Use the room&apos;s Wi-Fi. No name is asked.</source>
        <translation>Visez le carré avec l&apos;appareil photo de votre téléphone, ou ouvrez l&apos;adresse et tapez le code. Utilisez le Wi-Fi de la salle. Aucun nom n&apos;est demandé.</translation>
    </message>
    <message>
        <source>Join cards: {meeting}</source>
        <translation>Cartes de connexion : {meeting}</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Celle du système ({language})</translation>
    </message>
    <message>
        <source>Same as the app</source>
        <translation>La même que l&apos;application</translation>
    </message>
    <message>
        <source>App language</source>
        <translation>Langue de l&apos;application</translation>
    </message>
    <message>
        <source>Room and exports language</source>
        <translation>Langue de la salle et des exports</translation>
    </message>
    <message>
        <source>The window changes to this language when Workshop App is next started.</source>
        <translation>La fenêtre passe dans cette langue au prochain démarrage de Workshop App.</translation>
    </message>
    <message>
        <source>The projector, the phones and every export from now on use this language, so a meeting can be run in another language than the app&apos;s.</source>
        <translation>Le projecteur, les téléphones et tous les exports utilisent désormais cette langue : une réunion peut donc se tenir dans une autre langue que celle de l&apos;application.</translation>
    </message>
    <message>
        <source>&amp;App language:</source>
        <translation>Langue de l&apos;&amp;application :</translation>
    </message>
    <message>
        <source>&amp;Room and exports:</source>
        <translation>&amp;Salle et exports :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Purpose: {text}</source>
        <translation>Finalité : {text}</translation>
    </message>
    <message>
        <source>When to use it: {text}</source>
        <translation>Quand l&apos;utiliser : {text}</translation>
    </message>
    <message>
        <source>Group size: {text}</source>
        <translation>Taille du groupe : {text}</translation>
    </message>
    <message>
        <source>Time needed: {time}</source>
        <translation>Durée nécessaire : {time}</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <source>Pitfalls</source>
        <translation>Pièges</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>Sauvegarde enregistrée : {path}</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Res&amp;taurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Restoring closes this database and restarts Workshop App. Everything is saved already. Go on?</source>
        <translation>La restauration ferme cette base de données et redémarre Workshop App. Tout est déjà enregistré. Continuer ?</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Base de données : {path}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>Ate&amp;lier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>New &amp;collaboration…</source>
        <translation>Nouvelle &amp;collaboration…</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nouvel atelier…</translation>
    </message>
    <message>
        <source>&amp;Home: all workshops</source>
        <translation>&amp;Accueil : tous les ateliers</translation>
    </message>
    <message>
        <source>&amp;Export or print summary…</source>
        <translation>&amp;Exporter ou imprimer le compte rendu…</translation>
    </message>
    <message>
        <source>Collaboration &amp;report…</source>
        <translation>&amp;Rapport de collaboration…</translation>
    </message>
    <message>
        <source>Hand&amp;outs for the tables…</source>
        <translation>Supports &amp;papier pour les tables…</translation>
    </message>
    <message>
        <source>&amp;Import a workshop…</source>
        <translation>&amp;Importer un atelier…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Search collaborations, workshops and what was said</source>
        <translation>Rec&amp;hercher dans les collaborations, les ateliers et les propos</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Actions across meetings…</source>
        <translation>&amp;Actions entre les réunions…</translation>
    </message>
    <message>
        <source>&amp;Measures between meetings…</source>
        <translation>&amp;Mesures entre les réunions…</translation>
    </message>
    <message>
        <source>Save agenda as &amp;template…</source>
        <translation>Enregistrer l&apos;ordre du jour comme m&amp;odèle…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>A&amp;pparence</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Guide to this exercise</source>
        <translation>&amp;Guide de cet exercice</translation>
    </message>
    <message>
        <source>&amp;Facilitator guide</source>
        <translation>Guide de l&apos;a&amp;nimateur</translation>
    </message>
    <message>
        <source>&amp;Method library…</source>
        <translation>&amp;Bibliothèque de méthodes…</translation>
    </message>
    <message>
        <source>&amp;About Workshop App</source>
        <translation>À &amp;propos de Workshop App</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
</context>
<context>
    <name>MeasurementsEditor</name>
    <message>
        <source>Indicator measured</source>
        <translation>Indicateur mesuré</translation>
    </message>
    <message>
        <source>Where the chosen indicator stands</source>
        <translation>Où en est l&apos;indicateur choisi</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Ce qui a été dit</translation>
    </message>
    <message>
        <source>The value, then what was said about it (2,010 fewer calls)…</source>
        <translation>La valeur, puis ce qui en a été dit (2010 appels de moins)…</translation>
    </message>
    <message>
        <source>New measurement: value, then words</source>
        <translation>Nouveau relevé : valeur, puis commentaire</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicateur :</translation>
    </message>
    <message>
        <source>Choose the indicator, type its latest value and what was said about it, then Enter. Set the date and source in the list (Tab moves across).</source>
        <translation>Choisissez l&apos;indicateur, tapez sa dernière valeur et ce qui en a été dit, puis Entrée. Indiquez la date et la source dans la liste (Tab passe d&apos;une colonne à l&apos;autre).</translation>
    </message>
    <message>
        <source>No indicator has been proposed or agreed in this collaboration yet.</source>
        <translation>Aucun indicateur n&apos;a encore été proposé ni adopté dans cette collaboration.</translation>
    </message>
    <message>
        <source>Baseline: {words}</source>
        <translation>Départ : {words}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Target: {words}</source>
        <translation>Cible : {words}</translation>
    </message>
    <message>
        <source>Latest: {value} on {date}</source>
        <translation>Dernier : {value} le {date}</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>Not measured yet.</source>
        <translation>Pas encore mesuré.</translation>
    </message>
    <message>
        <source>(indicator not shown)</source>
        <translation>(indicateur non affiché)</translation>
    </message>
    <message>
        <source>Choose the indicator measured first.</source>
        <translation>Choisissez d&apos;abord l&apos;indicateur mesuré.</translation>
    </message>
    <message>
        <source>Start with the measured value, a number such as {whole} or {decimal}.</source>
        <translation>Commencez par la valeur mesurée, un nombre comme {whole} ou {decimal}.</translation>
    </message>
    <message>
        <source>A value is a number, such as {whole} or {decimal}.</source>
        <translation>Une valeur est un nombre, comme {whole} ou {decimal}.</translation>
    </message>
    <message>
        <source>Type the date as year-month-day: 2026-11-20.</source>
        <translation>Tapez la date sous la forme année-mois-jour : 2026-11-20.</translation>
    </message>
    <message>
        <source>Start with the measured value, a number such as 2,010 or 46.5.</source>
        <translation type="vanished">Commencez par la valeur mesurée, un nombre comme 2 010 ou 46,5.</translation>
    </message>
    <message>
        <source>A value is a number, such as 2,010 or 46.5.</source>
        <translation type="vanished">Une valeur est un nombre, comme 2 010 ou 46,5.</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <source>Every adopted indicator is financial: the set says nothing about what changes for people. Add at least one that is not about money.</source>
        <translation>Tous les indicateurs adoptés sont financiers : l&apos;ensemble ne dit rien de ce qui change pour les gens. Ajoutez-en au moins un qui ne porte pas sur l&apos;argent.</translation>
    </message>
    <message>
        <source>No adopted indicator is leading: everything looks back. Add one that predicts whether we are on track.</source>
        <translation>Aucun indicateur adopté n&apos;est avancé : tout regarde en arrière. Ajoutez-en un qui prédit si nous sommes sur la bonne voie.</translation>
    </message>
    <message>
        <source>those it answers to</source>
        <translation>ceux devant qui il répond</translation>
    </message>
    <message>
        <source>{partner} has nothing to report to {whom}: no adopted indicator is owned by it or needed by its stakeholders.</source>
        <translation>{partner} n&apos;a rien à présenter à {whom} : aucun indicateur adopté n&apos;est sous sa responsabilité ni nécessaire à ses parties prenantes.</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Financier</translation>
    </message>
    <message>
        <source>Leading or lagging</source>
        <translation>Avancé ou retardé</translation>
    </message>
    <message>
        <source>Not financial</source>
        <translation>Non financier</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Moyens</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Réalisations</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Leading</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Lagging</source>
        <translation>Retardé</translation>
    </message>
    <message>
        <source>Leading (predicts)</source>
        <translation>Avancé (prédit)</translation>
    </message>
    <message>
        <source>Lagging (looks back)</source>
        <translation>Retardé (regarde en arrière)</translation>
    </message>
    <message>
        <source>Relevant to our shared vision</source>
        <translation>Pertinent pour notre vision partagée</translation>
    </message>
    <message>
        <source>Relevant to the facts we agreed</source>
        <translation>Pertinent pour les faits que nous avons admis</translation>
    </message>
    <message>
        <source>Data obtainable within our timeframe</source>
        <translation>Données disponibles dans nos délais</translation>
    </message>
    <message>
        <source>Tells us about people&apos;s lived experience</source>
        <translation>Renseigne sur le vécu des personnes</translation>
    </message>
    <message>
        <source>We have the expertise to collect and analyse it</source>
        <translation>Nous avons l&apos;expertise pour les recueillir et les analyser</translation>
    </message>
    <message>
        <source>We have access to the data</source>
        <translation>Nous avons accès aux données</translation>
    </message>
    <message>
        <source>We have the resources (time, money, people) to collect it</source>
        <translation>Nous avons les ressources (temps, argent, personnes) pour les recueillir</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En partie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>MeasuresDialog</name>
    <message>
        <source>Measures between meetings — {title}</source>
        <translation>Mesures entre les réunions — {title}</translation>
    </message>
    <message>
        <source>Recorded with the meeting “{meeting}”, where they will be reported; dated today unless you change the date in the list.</source>
        <translation>Enregistrés avec la réunion « {meeting} », où ils seront présentés ; datés d&apos;aujourd&apos;hui sauf si vous changez la date dans la liste.</translation>
    </message>
</context>
<context>
    <name>MethodLibraryDialog</name>
    <message>
        <source>When to use it</source>
        <translation>Quand l&apos;utiliser</translation>
    </message>
    <message>
        <source>Group size</source>
        <translation>Taille du groupe</translation>
    </message>
    <message>
        <source>Time needed</source>
        <translation>Durée nécessaire</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <source>Pitfalls</source>
        <translation>Pièges</translation>
    </message>
    <message>
        <source>Method library</source>
        <translation>Bibliothèque de méthodes</translation>
    </message>
    <message>
        <source>Find a method</source>
        <translation>Trouver une méthode</translation>
    </message>
    <message>
        <source>Words in its name, purpose or when to use it, for example: trust, data</source>
        <translation>Des mots de son nom, de sa finalité ou de quand l&apos;utiliser, par exemple : confiance, données</translation>
    </message>
    <message>
        <source>Methods found</source>
        <translation>Méthodes trouvées</translation>
    </message>
    <message>
        <source>{name} ({time})</source>
        <translation>{name} ({time})</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Méthodes</translation>
    </message>
    <message>
        <source>About the method</source>
        <translation>À propos de la méthode</translation>
    </message>
    <message>
        <source>Where the method goes</source>
        <translation>Où va la méthode</translation>
    </message>
    <message>
        <source>&amp;Add to agenda</source>
        <translation>&amp;Ajouter à l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Add to agenda</source>
        <translation>Ajouter à l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>All {total} methods; type words to narrow the list.</source>
        <translation>Les {total} méthodes ; tapez des mots pour affiner la liste.</translation>
    </message>
    <message>
        <source>{count} of {total} methods have “{text}” in their name, purpose or when to use them.</source>
        <translation>{count} méthodes sur {total} contiennent « {text} » dans leur nom, leur finalité ou quand les utiliser.</translation>
    </message>
    <message>
        <source>No method matches “{text}”: try fewer or other words.</source>
        <translation>Aucune méthode ne correspond à « {text} » : essayez moins de mots ou d&apos;autres mots.</translation>
    </message>
    <message>
        <source>Open a workshop to add a method to its agenda.</source>
        <translation>Ouvrez un atelier pour ajouter une méthode à son ordre du jour.</translation>
    </message>
    <message>
        <source>Adds it as the first block of “{workshop}”.</source>
        <translation>L&apos;ajoute comme premier bloc de « {workshop} ».</translation>
    </message>
    <message>
        <source>Adds it after block {n}, “{block}”, of “{workshop}”.</source>
        <translation>L&apos;ajoute après le bloc {n}, « {block} », de « {workshop} ».</translation>
    </message>
    <message>
        <source>Added “{name}” as block {n} of {total}.</source>
        <translation>« {name} » ajouté comme bloc {n} sur {total}.</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Mark agreed</source>
        <translation>Marquer accepté</translation>
    </message>
    <message>
        <source>Mark not agreed</source>
        <translation>Marquer non accepté</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <source>Agreed?</source>
        <translation>Accepté ?</translation>
    </message>
    <message>
        <source>✔ Agreed</source>
        <translation>✔ Accepté</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <source>Partners of {name}</source>
        <translation>Partenaires de {name}</translation>
    </message>
</context>
<context>
    <name>PartnersEditor</name>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Ajouter un partenaire</translation>
    </message>
    <message>
        <source>Add a partner organisation (Ctrl+Return)</source>
        <translation>Ajouter une organisation partenaire (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>Retirer le partenaire</translation>
    </message>
    <message>
        <source>Type in a cell to change it (F2 edits what is there); Tab goes to the next cell, Enter to the next row. Organisation and sector are public, the rest is for partners, unless a cell says otherwise: F8 on a cell changes who sees it.</source>
        <translation>Tapez dans une cellule pour la modifier (F2 modifie son contenu) ; Tab passe à la cellule suivante, Entrée à la ligne suivante. L&apos;organisation et le secteur sont publics, le reste est pour les partenaires, sauf si une cellule indique autre chose : F8 sur une cellule modifie qui la voit.</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Nouveau partenaire</translation>
    </message>
    <message>
        <source>Remove partner {name!r}</source>
        <translation>Retirer le partenaire {name!r}</translation>
    </message>
</context>
<context>
    <name>PartnersModel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>People present</source>
        <translation>Personnes présentes</translation>
    </message>
    <message>
        <source>Brings</source>
        <translation>Apporte</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>A besoin de</translation>
    </message>
    <message>
        <source>Answers to</source>
        <translation>Rend compte à</translation>
    </message>
    <message>
        <source>{value} (seen by: {who}; F8 changes it)</source>
        <translation>{value} (vu par : {who} ; F8 pour modifier)</translation>
    </message>
    <message>
        <source>everyone, public exports too</source>
        <translation>tout le monde, exports publics compris</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>les partenaires</translation>
    </message>
    <message>
        <source>facilitation team only</source>
        <translation>l&apos;équipe d&apos;animation seulement</translation>
    </message>
    <message>
        <source>Who sees {field} of {name}</source>
        <translation>Qui voit {field} de {name}</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>Modifier le partenaire</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>A fact checked by the room</source>
        <translation>Un fait vérifié par la salle</translation>
    </message>
    <message>
        <source>A rating from the room</source>
        <translation>Une note de la salle</translation>
    </message>
    <message>
        <source>A vote from the room</source>
        <translation>Un vote de la salle</translation>
    </message>
    <message>
        <source>This part of the meeting takes something else; look again.</source>
        <translation>Cette partie de la réunion attend autre chose ; regardez à nouveau.</translation>
    </message>
    <message>
        <source>This part of the meeting takes no input from phones.</source>
        <translation>Cette partie de la réunion ne reçoit rien des téléphones.</translation>
    </message>
    <message>
        <source>The request is not understood.</source>
        <translation>La demande n&apos;est pas comprise.</translation>
    </message>
    <message>
        <source>From the room, shown as it came</source>
        <translation>De la salle, affiché tel que reçu</translation>
    </message>
    <message>
        <source>That question is no longer asked; look at the screen.</source>
        <translation>Cette question n&apos;est plus posée ; regardez l&apos;écran.</translation>
    </message>
    <message>
        <source>You have placed all your dots; take one back from another first.</source>
        <translation>Vous avez placé toutes vos gommettes ; retirez-en d&apos;abord une ailleurs.</translation>
    </message>
    <message>
        <source>Park it for later</source>
        <translation>Le mettre de côté pour plus tard</translation>
    </message>
    <message>
        <source>The facilitator&apos;s computer is busy; try again.</source>
        <translation>L&apos;ordinateur de l&apos;animateur est occupé ; réessayez.</translation>
    </message>
    <message>
        <source>That organisation is not at the table; choose again.</source>
        <translation>Cette organisation n&apos;est pas autour de la table ; choisissez à nouveau.</translation>
    </message>
    <message>
        <source>Join the meeting first (the code is on the screen).</source>
        <translation>Rejoignez d&apos;abord la réunion (le code est à l&apos;écran).</translation>
    </message>
    <message>
        <source>Too many wrong codes. Wait a minute, then try again.</source>
        <translation>Trop de codes erronés. Attendez une minute, puis réessayez.</translation>
    </message>
    <message>
        <source>This meeting is not open to the room now.</source>
        <translation>Cette réunion n&apos;est pas ouverte à la salle en ce moment.</translation>
    </message>
    <message>
        <source>That code is not right. Check the code on the screen.</source>
        <translation>Ce code n&apos;est pas le bon. Vérifiez le code à l&apos;écran.</translation>
    </message>
    <message>
        <source>That is a lot at once. Wait a moment, then send again.</source>
        <translation>C&apos;est beaucoup d&apos;un coup. Attendez un instant, puis renvoyez.</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Écrivez d&apos;abord quelque chose.</translation>
    </message>
    <message>
        <source>Please keep it under {limit} characters.</source>
        <translation>Merci de rester sous {limit} caractères.</translation>
    </message>
    <message>
        <source>Some characters could not be read. Retype them.</source>
        <translation>Certains caractères sont illisibles. Retapez-les.</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Il n&apos;y a rien ici.</translation>
    </message>
    <message>
        <source>Something went wrong; try again.</source>
        <translation>Un problème est survenu ; réessayez.</translation>
    </message>
    <message>
        <source>That is too long to send.</source>
        <translation>C&apos;est trop long pour être envoyé.</translation>
    </message>
    <message>
        <source>Too many connections from this phone; close other tabs.</source>
        <translation>Trop de connexions depuis ce téléphone ; fermez les autres onglets.</translation>
    </message>
    <message>
        <source>Your idea</source>
        <translation>Votre idée</translation>
    </message>
    <message>
        <source>Idea or comment</source>
        <translation>Idée ou commentaire</translation>
    </message>
    <message>
        <source>Your vote on each option</source>
        <translation>Votre vote sur chaque option</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>5 – fully for it</source>
        <translation>5 – tout à fait pour</translation>
    </message>
    <message>
        <source>3 – can live with it</source>
        <translation>3 – je m&apos;en accommode</translation>
    </message>
    <message>
        <source>Fist – block</source>
        <translation>Poing – je bloque</translation>
    </message>
    <message>
        <source>Love it</source>
        <translation>J&apos;adore</translation>
    </message>
    <message>
        <source>Like it</source>
        <translation>J&apos;aime</translation>
    </message>
    <message>
        <source>Can live with it</source>
        <translation>Je m&apos;en accommode</translation>
    </message>
    <message>
        <source>Lament it</source>
        <translation>Je regrette</translation>
    </message>
    <message>
        <source>Loathe it</source>
        <translation>Je déteste</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Je bloque</translation>
    </message>
    <message>
        <source>0 dots</source>
        <translation>0 gommette</translation>
    </message>
    <message>
        <source>1 dot</source>
        <translation>1 gommette</translation>
    </message>
    <message>
        <source>What you take away</source>
        <translation>Ce que vous retenez</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>How far do you agree?</source>
        <translation>Dans quelle mesure êtes-vous d&apos;accord ?</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>1 not at all</source>
        <translation>1 pas du tout</translation>
    </message>
    <message>
        <source>5 completely</source>
        <translation>5 tout à fait</translation>
    </message>
    <message>
        <source>Your hope or concern</source>
        <translation>Votre espoir ou votre inquiétude</translation>
    </message>
    <message>
        <source>Hope</source>
        <translation>Espoir</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Inquiétude</translation>
    </message>
    <message>
        <source>What success looks like to you</source>
        <translation>À quoi ressemble la réussite pour vous</translation>
    </message>
    <message>
        <source>Vision statement</source>
        <translation>Énoncé de vision</translation>
    </message>
    <message>
        <source>What your organisation needs from another</source>
        <translation>Ce dont votre organisation a besoin d&apos;une autre</translation>
    </message>
    <message>
        <source>A need</source>
        <translation>Un besoin</translation>
    </message>
    <message>
        <source>Something your organisation can bring, or that we still need</source>
        <translation>Quelque chose que votre organisation peut apporter, ou qui nous manque encore</translation>
    </message>
    <message>
        <source>A resource</source>
        <translation>Une ressource</translation>
    </message>
    <message>
        <source>Who else is affected, or missing from this table?</source>
        <translation>Qui d&apos;autre est concerné, ou absent de cette table ?</translation>
    </message>
    <message>
        <source>A stakeholder</source>
        <translation>Une partie prenante</translation>
    </message>
    <message>
        <source>A decision the partnership will have to make</source>
        <translation>Une décision que le partenariat devra prendre</translation>
    </message>
    <message>
        <source>A decision</source>
        <translation>Une décision</translation>
    </message>
    <message>
        <source>How should we work together? A proposal</source>
        <translation>Comment devrions-nous travailler ensemble ? Une proposition</translation>
    </message>
    <message>
        <source>A governance point</source>
        <translation>Un point de gouvernance</translation>
    </message>
    <message>
        <source>How the issue looks from where you sit</source>
        <translation>Comment vous voyez le problème depuis votre place</translation>
    </message>
    <message>
        <source>A view</source>
        <translation>Un point de vue</translation>
    </message>
    <message>
        <source>A part of the issue we should look at</source>
        <translation>Un aspect du problème que nous devrions examiner</translation>
    </message>
    <message>
        <source>Part of the issue</source>
        <translation>Aspect du problème</translation>
    </message>
    <message>
        <source>What your organisation needs from this</source>
        <translation>Ce dont votre organisation a besoin dans cette affaire</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>A fact we should all know (and its source)</source>
        <translation>Un fait que nous devrions tous connaître (et sa source)</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Is each fact agreed, disputed, or does it need data?</source>
        <translation>Chaque fait est-il admis, contesté, ou manque-t-il des données ?</translation>
    </message>
    <message>
        <source>Fact check</source>
        <translation>Vérification des faits</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Admis</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Contesté</translation>
    </message>
    <message>
        <source>Needs data</source>
        <translation>Données à trouver</translation>
    </message>
    <message>
        <source>What makes a good measure for us</source>
        <translation>Ce qui fait une bonne mesure pour nous</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Something we could measure</source>
        <translation>Quelque chose que nous pourrions mesurer</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Your vote on each indicator</source>
        <translation>Votre vote sur chaque indicateur</translation>
    </message>
    <message>
        <source>A question the evaluation should answer</source>
        <translation>Une question à laquelle l&apos;évaluation devrait répondre</translation>
    </message>
    <message>
        <source>Evaluation question</source>
        <translation>Question d&apos;évaluation</translation>
    </message>
</context>
<context>
    <name>PhoneController</name>
    <message>
        <source>Phones in the room</source>
        <translation>Téléphones dans la salle</translation>
    </message>
    <message>
        <source>&amp;Phones in the room</source>
        <translation>&amp;Téléphones dans la salle</translation>
    </message>
    <message>
        <source>Open to the room&apos;s phones</source>
        <translation>Ouvrir aux téléphones de la salle</translation>
    </message>
    <message>
        <source>New join code (everyone joins again)</source>
        <translation>Nouveau code de connexion (tout le monde se reconnecte)</translation>
    </message>
    <message>
        <source>Save join cards to print…</source>
        <translation>Enregistrer les cartes de connexion à imprimer…</translation>
    </message>
    <message>
        <source>Show what phones send on the projector as it arrives (this block)</source>
        <translation>Afficher au projecteur ce que les téléphones envoient, dès réception (ce bloc)</translation>
    </message>
    <message>
        <source>Go to “From the room”</source>
        <translation>Aller à « De la salle »</translation>
    </message>
    <message>
        <source>Open a workshop first: phones join a meeting.</source>
        <translation>Ouvrez d&apos;abord un atelier : les téléphones rejoignent une réunion.</translation>
    </message>
    <message>
        <source>The room could not be opened to phones: this computer refused a network port ({reason}). Check that no firewall blocks Workshop App.</source>
        <translation>La salle n&apos;a pas pu être ouverte aux téléphones : cet ordinateur a refusé un port réseau ({reason}). Vérifiez qu&apos;aucun pare-feu ne bloque Workshop App.</translation>
    </message>
    <message>
        <source>New join code {code}: phones must join again.</source>
        <translation>Nouveau code de connexion {code} : les téléphones doivent se reconnecter.</translation>
    </message>
    <message>
        <source>This part takes no ideas from phones.</source>
        <translation>Cette partie ne reçoit pas d&apos;idées des téléphones.</translation>
    </message>
    <message>
        <source>Show ideas from phones as they arrive</source>
        <translation>Afficher les idées des téléphones dès réception</translation>
    </message>
    <message>
        <source>Ideas from phones wait for you again</source>
        <translation>Les idées des téléphones vous attendent de nouveau</translation>
    </message>
    <message>
        <source>What phones send now shows on the projector at once; delete what should not stay (Ctrl+Shift+L to decide each one again).</source>
        <translation>Ce que les téléphones envoient s&apos;affiche désormais aussitôt au projecteur ; supprimez ce qui ne doit pas rester (Ctrl+Shift+L pour décider de nouveau de chaque envoi).</translation>
    </message>
    <message>
        <source>What phones send waits in “From the room” for you again.</source>
        <translation>Ce que les téléphones envoient vous attend de nouveau dans « De la salle ».</translation>
    </message>
    <message>
        <source>The meeting is not open to phones (Ctrl+Shift+O opens it).</source>
        <translation>La réunion n&apos;est pas ouverte aux téléphones (Ctrl+Shift+O l&apos;ouvre).</translation>
    </message>
    <message>
        <source>Nothing from the room is waiting.</source>
        <translation>Rien de la salle n&apos;est en attente.</translation>
    </message>
    <message>
        <source>Save join cards</source>
        <translation>Enregistrer les cartes de connexion</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The join cards could not be saved to {path}: {reason}.</source>
        <translation>Les cartes de connexion n&apos;ont pas pu être enregistrées dans {path} : {reason}.</translation>
    </message>
    <message>
        <source>Join cards saved to {path}.</source>
        <translation>Cartes de connexion enregistrées dans {path}.</translation>
    </message>
    <message>
        <source>Closed to phones (Ctrl+Shift+O opens the meeting to them).</source>
        <translation>Fermé aux téléphones (Ctrl+Shift+O ouvre la réunion aux téléphones).</translation>
    </message>
    <message numerus="yes">
        <source>OPEN TO PHONES: {address} · code {code} · %n phone(s) joined.</source>
        <translation>
            <numerusform>OUVERT AUX TÉLÉPHONES : {address} · code {code} · %n téléphone connecté.</numerusform>
            <numerusform>OUVERT AUX TÉLÉPHONES : {address} · code {code} · %n téléphones connectés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ideas show on the projector as they arrive (Ctrl+Shift+L).</source>
        <translation>Les idées s&apos;affichent au projecteur dès réception (Ctrl+Shift+L).</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>Join the meeting</source>
        <translation>Rejoindre la réunion</translation>
    </message>
    <message>
        <source>Type the code shown on the screen at the front of the room.</source>
        <translation>Tapez le code affiché sur l&apos;écran à l&apos;avant de la salle.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <source>No name is asked and none is kept. What you send is read by the facilitator before anyone else sees it.</source>
        <translation>Aucun nom n&apos;est demandé ni conservé. L&apos;animateur lit ce que vous envoyez avant que quiconque ne le voie.</translation>
    </message>
    <message>
        <source>This is a…</source>
        <translation>C&apos;est…</translation>
    </message>
    <message>
        <source>Your idea</source>
        <translation>Votre idée</translation>
    </message>
    <message>
        <source>What you send shows on the screen at once, without your name.</source>
        <translation>Ce que vous envoyez s&apos;affiche aussitôt à l&apos;écran, sans votre nom.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Park it for later</source>
        <translation>Mettre au parking</translation>
    </message>
    <message>
        <source>Which organisation are you with? (optional)</source>
        <translation>De quelle organisation êtes-vous ? (facultatif)</translation>
    </message>
    <message>
        <source>I would rather not say</source>
        <translation>Je préfère ne pas le dire</translation>
    </message>
    <message>
        <source>Only so a vote can show when one sector disagrees. It is not kept with your answers.</source>
        <translation>Seulement pour qu&apos;un vote montre quand un secteur est en désaccord. Ce n&apos;est pas conservé avec vos réponses.</translation>
    </message>
    <message>
        <source>Watch the screen: nothing to send from phones in this part.</source>
        <translation>Regardez l&apos;écran : rien à envoyer depuis les téléphones dans cette partie.</translation>
    </message>
    <message>
        <source>You sent</source>
        <translation>Vous avez envoyé</translation>
    </message>
    <message>
        <source>Type the code shown on the screen.</source>
        <translation>Tapez le code affiché à l&apos;écran.</translation>
    </message>
    <message>
        <source>Could not join. Try again.</source>
        <translation>Impossible de rejoindre. Réessayez.</translation>
    </message>
    <message>
        <source>Cannot reach the meeting. Are you on the room&apos;s Wi-Fi?</source>
        <translation>Impossible de joindre la réunion. Êtes-vous sur le Wi-Fi de la salle ?</translation>
    </message>
    <message>
        <source>Connection lost: reconnecting…</source>
        <translation>Connexion perdue : reconnexion…</translation>
    </message>
    <message>
        <source>The meeting has a new code, or it has closed. Join again.</source>
        <translation>La réunion a un nouveau code, ou elle est fermée. Rejoignez-la à nouveau.</translation>
    </message>
    <message>
        <source>The meeting is not open to phones now.</source>
        <translation>La réunion n&apos;est pas ouverte aux téléphones en ce moment.</translation>
    </message>
    <message>
        <source>The meeting will start in a moment.</source>
        <translation>La réunion va commencer dans un instant.</translation>
    </message>
    <message>
        <source>Dots to place: {size} · left: {left}</source>
        <translation>Gommettes à placer : {size} · restantes : {left}</translation>
    </message>
    <message>
        <source>Received: {what}</source>
        <translation>Reçu : {what}</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Non compté</translation>
    </message>
    <message>
        <source>Still: {what}</source>
        <translation>Toujours : {what}</translation>
    </message>
    <message>
        <source>Could not send that.</source>
        <translation>Impossible d&apos;envoyer cela.</translation>
    </message>
    <message>
        <source>Not sent: tap again when the connection is back</source>
        <translation>Non envoyé : touchez à nouveau quand la connexion sera revenue</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Écrivez d&apos;abord quelque chose.</translation>
    </message>
    <message>
        <source>For later: {text}</source>
        <translation>Pour plus tard : {text}</translation>
    </message>
    <message>
        <source>Waiting to send again…</source>
        <translation>En attente d&apos;un nouvel envoi…</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>Not sent yet: will send when the connection is back</source>
        <translation>Pas encore envoyé : l&apos;envoi se fera quand la connexion sera revenue</translation>
    </message>
    <message>
        <source>{n} characters left</source>
        <translation>{n} caractères restants</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Meeting plan</source>
        <translation>Plan de la réunion</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>Planned length in minutes</source>
        <translation>Durée prévue en minutes</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Heure de début :</translation>
    </message>
    <message>
        <source>Planned &amp;length:</source>
        <translation>&amp;Durée prévue :</translation>
    </message>
    <message>
        <source>Planned end {end} ({length}). The agenda&apos;s blocks take {agenda}.</source>
        <translation>Fin prévue {end} ({length}). Les blocs de l&apos;ordre du jour durent {agenda}.</translation>
    </message>
</context>
<context>
    <name>PlanLine</name>
    <message>
        <source>Meeting plan</source>
        <translation>Plan de la réunion</translation>
    </message>
    <message>
        <source>Agenda {agenda}. No planned end yet: Workshop → Meeting plan… ({keys}) sets one.</source>
        <translation>Ordre du jour {agenda}. Pas encore de fin prévue : Atelier → Plan de la réunion… ({keys}) en fixe une.</translation>
    </message>
    <message>
        <source>Shorten or remove a block, or re-plan the rest ({keys}).</source>
        <translation>Raccourcissez ou retirez un bloc, ou replanifiez la suite ({keys}).</translation>
    </message>
</context>
<context>
    <name>PlatformLibraries</name>
    <message>
        <source>Workshop App cannot open its window: this computer lacks libraries that Qt needs to draw on the desktop ({libraries}). Install them, then start Workshop App again:
  Debian, Ubuntu:  sudo apt install {debian}
  Fedora:          sudo dnf install {fedora}</source>
        <translation>Workshop App ne peut pas ouvrir sa fenêtre : il manque à cet ordinateur des bibliothèques dont Qt a besoin pour dessiner sur le bureau ({libraries}). Installez-les, puis relancez Workshop App :
  Debian, Ubuntu:  sudo apt install {debian}
  Fedora:          sudo dnf install {fedora}</translation>
    </message>
    <message>
        <source>Workshop App cannot open its window: no desktop was found (DISPLAY and WAYLAND_DISPLAY are not set). Start it from a desktop session; the commands export and render work without one.</source>
        <translation>Workshop App ne peut pas ouvrir sa fenêtre : aucun bureau n&apos;a été trouvé (DISPLAY et WAYLAND_DISPLAY ne sont pas définis). Lancez-la depuis une session de bureau ; les commandes export et render fonctionnent sans bureau.</translation>
    </message>
    <message>
        <source>Workshop App cannot open its window: the display {display} cannot be reached. Start it from a desktop session; the commands export and render work without one.</source>
        <translation>Workshop App ne peut pas ouvrir sa fenêtre : l&apos;affichage {display} est inaccessible. Lancez-la depuis une session de bureau ; les commandes export et render fonctionnent sans bureau.</translation>
    </message>
</context>
<context>
    <name>PositionsPanel</name>
    <message>
        <source>Interest behind it</source>
        <translation>Intérêt sous-jacent</translation>
    </message>
    <message>
        <source>Interest behind it: why does it matter?</source>
        <translation>Intérêt sous-jacent : pourquoi est-ce important ?</translation>
    </message>
    <message>
        <source>Stated by (never shown)</source>
        <translation>Exprimée par (jamais affiché)</translation>
    </message>
    <message>
        <source>Stated &amp;by:</source>
        <translation>E&amp;xprimée par :</translation>
    </message>
    <message>
        <source>Who stated the position (never shown)</source>
        <translation>Qui a exprimé la position (jamais affiché)</translation>
    </message>
    <message>
        <source>Nobody named</source>
        <translation>Personne de nommé</translation>
    </message>
    <message>
        <source>Stated position</source>
        <translation>Position exprimée</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Stated position (Tab: the interest behind it), then Enter</source>
        <translation>Position exprimée (Tab : l&apos;intérêt sous-jacent), puis Entrée</translation>
    </message>
    <message>
        <source>The room sees the interests only: never the positions, never who stated them.</source>
        <translation>La salle ne voit que les intérêts : jamais les positions, jamais qui les a exprimées.</translation>
    </message>
</context>
<context>
    <name>ProtocolPanel</name>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partenaire :</translation>
    </message>
    <message>
        <source>Records requests</source>
        <translation>Demandes d&apos;accès aux documents</translation>
    </message>
    <message>
        <source>How we warn each other</source>
        <translation>Comment nous nous prévenons</translation>
    </message>
    <message>
        <source>Review time</source>
        <translation>Délai de relecture</translation>
    </message>
    <message>
        <source>Media enquiries</source>
        <translation>Demandes des médias</translation>
    </message>
    <message>
        <source>Who answers the media? Then Enter</source>
        <translation>Qui répond aux médias ? Puis Entrée</translation>
    </message>
    <message>
        <source>Choose the partner (Alt+P), type who answers the media, then Tab for records requests, how you warn each other and the review time; Enter. The next partner without a contact is chosen for you.</source>
        <translation>Choisissez le partenaire (Alt+P), tapez qui répond aux médias, puis Tab pour les demandes d&apos;accès aux documents, la façon de vous prévenir et le délai de relecture ; Entrée. Le partenaire suivant sans contact est ensuite choisi pour vous.</translation>
    </message>
    <message>
        <source>Partners without contacts</source>
        <translation>Partenaires sans contacts</translation>
    </message>
    <message>
        <source>Every partner has a contact.</source>
        <translation>Chaque partenaire a un contact.</translation>
    </message>
    <message>
        <source>Still without a contact: {names}</source>
        <translation>Toujours sans contact : {names}</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="vanished">— choisir —</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Internal (never shown)</source>
        <translation>Interne (jamais affiché)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Due YYYY-MM-DD</source>
        <translation>Échéance AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Nobody below a level</source>
        <translation>Personne sous un niveau</translation>
    </message>
    <message>
        <source>A share at a level or above</source>
        <translation>Une part à un niveau ou au-dessus</translation>
    </message>
    <message>
        <source>Most dots: the top N</source>
        <translation>Le plus de gommettes : les N premiers</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{name} existe déjà dans {folder}. Le remplacer ?</translation>
    </message>
    <message>
        <source>Import a workshop</source>
        <translation>Importer un atelier</translation>
    </message>
    <message>
        <source>Workshop files (*.json);;All files (*)</source>
        <translation>Fichiers d&apos;atelier (*.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ReplanDialog</name>
    <message>
        <source>Re-plan the rest</source>
        <translation>Replanifier la suite</translation>
    </message>
    <message>
        <source>What re-planning does</source>
        <translation>Ce que fait la replanification</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <source>Timebox now</source>
        <translation>Durée actuelle</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>{new} ({saved} shorter)</source>
        <translation>{new} ({saved} de moins)</translation>
    </message>
    <message>
        <source>{new} (unchanged)</source>
        <translation>{new} (inchangée)</translation>
    </message>
    <message>
        <source>Proposed timeboxes for the blocks left</source>
        <translation>Durées proposées pour les blocs restants</translation>
    </message>
    <message>
        <source>&amp;Apply the new timeboxes</source>
        <translation>&amp;Appliquer les nouvelles durées</translation>
    </message>
    <message>
        <source>This is the last block: there is nothing left to re-plan.</source>
        <translation>C&apos;est le dernier bloc : il n&apos;y a plus rien à replanifier.</translation>
    </message>
    <message>
        <source>The meeting runs {over} over, but every block left is already at its shortest ({floor} min): remove a block to win time.</source>
        <translation>La réunion dépasse de {over}, mais chaque bloc restant est déjà à sa durée minimale ({floor} min) : retirez un bloc pour gagner du temps.</translation>
    </message>
    <message>
        <source>Nothing to re-plan: the blocks left fit the time planned.</source>
        <translation>Rien à replanifier : les blocs restants tiennent dans le temps prévu.</translation>
    </message>
    <message>
        <source>past its planned end ({end})</source>
        <translation>au-delà de sa fin prévue ({end})</translation>
    </message>
    <message>
        <source>past the time planned</source>
        <translation>au-delà du temps prévu</translation>
    </message>
    <message>
        <source>The meeting runs {over} {when}. Shortening the blocks left in proportion, none under {floor} min:</source>
        <translation>La réunion dépasse de {over} {when}. Les blocs restants sont raccourcis proportionnellement, aucun sous {floor} min :</translation>
    </message>
    <message>
        <source>it would still run {late} over; remove a block to win the rest.</source>
        <translation>elle dépasserait encore de {late} ; retirez un bloc pour gagner le reste.</translation>
    </message>
    <message>
        <source>it ends on time. Ctrl+Z undoes it.</source>
        <translation>elle finit à l&apos;heure. Ctrl+Z l&apos;annule.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>adopted</source>
        <translation>adopté</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>reporté</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>écarté</translation>
    </message>
    <message>
        <source>proposed, not yet decided</source>
        <translation>proposé, pas encore décidé</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Last discussed</source>
        <translation>Dernière discussion</translation>
    </message>
    <message>
        <source>Measures of success and their status</source>
        <translation>Mesures de réussite et leur statut</translation>
    </message>
    <message>
        <source>{adopted} of {total} proposed indicators adopted.</source>
        <translation>{adopted} indicateurs adoptés sur {total} proposés.</translation>
    </message>
    <message>
        <source>No indicators proposed yet.</source>
        <translation>Aucun indicateur proposé pour l&apos;instant.</translation>
    </message>
    <message>
        <source>leading</source>
        <translation>avancé</translation>
    </message>
    <message>
        <source>lagging</source>
        <translation>retardé</translation>
    </message>
    <message>
        <source>baseline {v}</source>
        <translation>départ {v}</translation>
    </message>
    <message>
        <source>target {v}</source>
        <translation>cible {v}</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>pas encore mesuré</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré le</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Measures tracked over time</source>
        <translation>Mesures suivies dans le temps</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>No measurements recorded yet.</source>
        <translation>Aucun relevé enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Trust over time</source>
        <translation>La confiance dans le temps</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Average rating per statement (1 = not at all, 5 = completely), meeting by meeting.</source>
        <translation>Note moyenne par affirmation (1 = pas du tout, 5 = tout à fait), réunion par réunion.</translation>
    </message>
    <message>
        <source>Trust across our meetings (average, 1–5)</source>
        <translation>La confiance au fil de nos réunions (moyenne, 1–5)</translation>
    </message>
    <message>
        <source>No trust check-in results to show yet.</source>
        <translation>Aucun résultat de baromètre de confiance à afficher pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Withheld: the ratings of {n} meeting(s) are not for this audience and are left out.</source>
        <translation>Non communiqué : les notes de {n} réunion(s) ne sont pas destinées à ce public et sont omises.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>{name}: collaboration report</source>
        <translation>{name} : rapport de collaboration</translation>
    </message>
    <message>
        <source>Meetings covered: {n}</source>
        <translation>Réunions couvertes : {n}</translation>
    </message>
    <message>
        <source>Report date: {date}</source>
        <translation>Date du rapport : {date}</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>No meetings yet.</source>
        <translation>Aucune réunion pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Answers to</source>
        <translation>Rend compte à</translation>
    </message>
    <message>
        <source>Agreed at</source>
        <translation>Décidée lors de</translation>
    </message>
    <message>
        <source>{n} open action items are past their due date.</source>
        <translation>{n} actions ouvertes ont dépassé leur échéance.</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Actions ouvertes</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>No open action items.</source>
        <translation>Aucune action ouverte.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Collaboration report — {name}</source>
        <translation>Rapport de collaboration — {name}</translation>
    </message>
    <message>
        <source>Whom the report is for</source>
        <translation>À qui est destiné le rapport</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Format de fichier</translation>
    </message>
    <message>
        <source>The report as the chosen audience reads it</source>
        <translation>Le rapport tel que le public choisi le lit</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Pour :</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>Save the collaboration report</source>
        <translation>Enregistrer le rapport de collaboration</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} enregistré</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>Non enregistré : {message}</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML (self-contained web page)</source>
        <translation>HTML (page web autonome)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <source>CSV tables</source>
        <translation>Tables CSV</translation>
    </message>
    <message>
        <source>JSON (whole workshop, for import)</source>
        <translation>JSON (atelier entier, pour import)</translation>
    </message>
</context>
<context>
    <name>Resources</name>
    <message>
        <source>Money</source>
        <translation>Argent</translation>
    </message>
    <message>
        <source>Staff time</source>
        <translation>Temps de personnel</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Locaux</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>ResourcesPanel</name>
    <message>
        <source>Brought by</source>
        <translation>Apporté par</translation>
    </message>
    <message>
        <source>Brought &amp;by:</source>
        <translation>A&amp;pporté par :</translation>
    </message>
    <message>
        <source>— nobody yet: we need it —</source>
        <translation>— personne pour l&apos;instant : il nous le faut —</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kind of resource (t&amp;ype):</source>
        <translation>&amp;Type de ressource :</translation>
    </message>
    <message>
        <source>Kind of resource</source>
        <translation>Type de ressource</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Gap?</source>
        <translation>Manque ?</translation>
    </message>
    <message>
        <source>What it brings (or what we need), then Enter</source>
        <translation>Ce qu&apos;il apporte (ou ce dont nous avons besoin), puis Entrée</translation>
    </message>
    <message>
        <source>Choose who brings it (Alt+B; “nobody yet” for a need) and its kind (Alt+Y), type it and press Enter. When a partner takes on a need, choose it in the “Brought by” column.</source>
        <translation>Choisissez qui l&apos;apporte (Alt+P ; « personne pour l&apos;instant » pour un besoin) et son type (Alt+T), tapez-le et appuyez sur Entrée. Quand un partenaire prend en charge un besoin, choisissez-le dans la colonne « Apporté par ».</translation>
    </message>
    <message>
        <source>Needs nobody brings yet</source>
        <translation>Besoins que personne n&apos;apporte encore</translation>
    </message>
    <message>
        <source>Needed: nobody yet</source>
        <translation>Nécessaire : personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>No gaps named yet.</source>
        <translation>Aucun manque nommé pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Needed, nobody brings yet: {gaps}</source>
        <translation>Nécessaire, personne ne l&apos;apporte encore : {gaps}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>{problem}

Choose a backup to restore. The damaged file is kept beside it under a new name.</source>
        <translation>{problem}

Choisissez une sauvegarde à restaurer. Le fichier endommagé est conservé à côté sous un nouveau nom.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The current database is kept beside it under a new name, so nothing is thrown away.</source>
        <translation>Choisissez la sauvegarde à laquelle revenir. La base de données actuelle est conservée à côté sous un nouveau nom : rien n&apos;est jeté.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sauvegardes, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Restore status</source>
        <translation>État de la restauration</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restaurer la sauvegarde sélectionnée</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Saine</translation>
    </message>
    <message>
        <source>Damaged: cannot be restored</source>
        <translation>Endommagée : ne peut pas être restaurée</translation>
    </message>
    <message>
        <source>There is no sound backup of this database yet.</source>
        <translation>Il n&apos;y a pas encore de sauvegarde saine de cette base de données.</translation>
    </message>
    <message>
        <source>Choose a backup first.</source>
        <translation>Choisissez d&apos;abord une sauvegarde.</translation>
    </message>
    <message>
        <source>That backup is damaged; choose a sound one.</source>
        <translation>Cette sauvegarde est endommagée ; choisissez-en une saine.</translation>
    </message>
    <message>
        <source>Restoring the backup from {when}…</source>
        <translation>Restauration de la sauvegarde du {when}…</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>No indicator has been adopted yet (or the votes are still hidden).</source>
        <translation>Aucun indicateur n&apos;a encore été adopté (ou les votes sont encore masqués).</translation>
    </message>
    <message>
        <source>The adopted indicators ({n})</source>
        <translation>Les indicateurs adoptés ({n})</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Équilibré</translation>
    </message>
    <message>
        <source>The set mixes financial and other measures, has a leading indicator, and gives every partner something to report.</source>
        <translation>L&apos;ensemble mêle mesures financières et autres, comporte un indicateur avancé et donne à chaque partenaire quelque chose à présenter.</translation>
    </message>
    <message>
        <source>Adopted indicators</source>
        <translation>Indicateurs adoptés</translation>
    </message>
    <message>
        <source>Nothing captured yet.</source>
        <translation>Rien de saisi pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The latest {shown} of {total} points; the summary has them all.</source>
        <translation>Les {shown} derniers points sur {total} ; le compte rendu les contient tous.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Media enquiries</source>
        <translation>Demandes des médias</translation>
    </message>
    <message>
        <source>Records requests</source>
        <translation>Demandes d&apos;accès aux documents</translation>
    </message>
    <message>
        <source>How we warn each other</source>
        <translation>Comment nous nous prévenons</translation>
    </message>
    <message>
        <source>Review time</source>
        <translation>Délai de relecture</translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation>Aucun contact pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Manquent encore</translation>
    </message>
    <message>
        <source>No commitments yet.</source>
        <translation>Aucun engagement pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Partagé par</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Partnership history to watch</source>
        <translation>Historiques de partenariat à surveiller</translation>
    </message>
    <message>
        <source>✔ Agreed</source>
        <translation>✔ Accepté</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>{n} questions for the evaluation; {agreed} agreed.</source>
        <translation>{n} questions pour l&apos;évaluation ; {agreed} acceptées.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Pour qui</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Pour le</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Agreed?</source>
        <translation>Acceptée ?</translation>
    </message>
    <message>
        <source>What must our evaluation tell us, and whom?</source>
        <translation>Que doit nous dire notre évaluation, et à qui ?</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Questions ouvertes</translation>
    </message>
    <message>
        <source>No facts captured yet.</source>
        <translation>Aucun fait saisi pour l&apos;instant.</translation>
    </message>
    <message>
        <source>✔ Read back</source>
        <translation>✔ Relu</translation>
    </message>
    <message>
        <source>To read back</source>
        <translation>À relire</translation>
    </message>
    <message>
        <source>{text} (open question)</source>
        <translation>{text} (question ouverte)</translation>
    </message>
    <message>
        <source>Read back so far: {done} of {total}.</source>
        <translation>Relus jusqu&apos;ici : {done} sur {total}.</translation>
    </message>
    <message>
        <source>No decisions or action items recorded today yet.</source>
        <translation>Aucune décision ni action enregistrée aujourd&apos;hui pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Decisions today ({n})</source>
        <translation>Décisions du jour ({n})</translation>
    </message>
    <message>
        <source>Read back</source>
        <translation>Relu</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Action items ({n})</source>
        <translation>Actions ({n})</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>pas encore de responsable</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>pas encore de date</translation>
    </message>
    <message>
        <source>Noted at the wrap-up</source>
        <translation>Noté lors de la clôture</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>{agreed} of {n} points agreed.</source>
        <translation>{agreed} points acceptés sur {n}.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>What we said</source>
        <translation>Ce que nous avons dit</translation>
    </message>
    <message>
        <source>Not yet discussed</source>
        <translation>Pas encore discuté</translation>
    </message>
    <message>
        <source>How will we govern ourselves, and who manages the work?</source>
        <translation>Comment allons-nous nous gouverner, et qui coordonne le travail ?</translation>
    </message>
    <message>
        <source>✔ Agreed: {text}</source>
        <translation>✔ Accepté : {text}</translation>
    </message>
    <message>
        <source>Proposed: {text}</source>
        <translation>Proposé : {text}</translation>
    </message>
    <message>
        <source>Hopes</source>
        <translation>Espoirs</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Inquiétudes</translation>
    </message>
    <message>
        <source>Working agreements ({agreed} of {n} agreed)</source>
        <translation>Accords de fonctionnement ({agreed} acceptés sur {n})</translation>
    </message>
    <message>
        <source>There are no indicators to vote on yet.</source>
        <translation>Il n&apos;y a pas encore d&apos;indicateurs à voter.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Votes per indicator</source>
        <translation>Votes par indicateur</translation>
    </message>
    <message>
        <source>Vote: {method}. Decision rule, set before the vote: {rule}</source>
        <translation>Vote : {method}. Règle de décision, fixée avant le vote : {rule}</translation>
    </message>
    <message>
        <source>Results hidden</source>
        <translation>Résultats masqués</translation>
    </message>
    <message>
        <source>The votes are not shown until the facilitator reveals them.</source>
        <translation>Les votes ne sont pas affichés tant que l&apos;animateur ne les a pas révélés.</translation>
    </message>
    <message>
        <source>Votes from phones: {phones}; by hand: {hands}.</source>
        <translation>Votes des téléphones : {phones} ; à main levée : {hands}.</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Désaccord</translation>
    </message>
    <message>
        <source>No indicators proposed yet.</source>
        <translation>Aucun indicateur proposé pour l&apos;instant.</translation>
    </message>
    <message>
        <source>What it measures</source>
        <translation>Ce qu&apos;il mesure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Leading or lagging</source>
        <translation>Avancé ou retardé</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>{needs} needs {n} from {gives}</source>
        <translation>{needs} : {n} besoin(s) envers {gives}</translation>
    </message>
    <message>
        <source>Who needs what from whom (number of needs)</source>
        <translation>Qui a besoin de quoi et de qui (nombre de besoins)</translation>
    </message>
    <message>
        <source>needs…</source>
        <translation>a besoin…</translation>
    </message>
    <message>
        <source>…from</source>
        <translation>…de</translation>
    </message>
    <message>
        <source>{n} needs named; {promised} promised.</source>
        <translation>{n} besoins nommés ; {promised} promis.</translation>
    </message>
    <message>
        <source>✔ Promised</source>
        <translation>✔ Promis</translation>
    </message>
    <message>
        <source>Who needs it</source>
        <translation>Qui en a besoin</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Promised?</source>
        <translation>Promis ?</translation>
    </message>
    <message>
        <source>What does each of us need from the others?</source>
        <translation>De quoi chacun de nous a-t-il besoin des autres ?</translation>
    </message>
    <message>
        <source>No criteria yet.</source>
        <translation>Aucun critère pour l&apos;instant.</translation>
    </message>
    <message>
        <source>A good indicator is…</source>
        <translation>Un bon indicateur est…</translation>
    </message>
    <message>
        <source>…and we can collect it: capacity check</source>
        <translation>…et nous pouvons le recueillir : vérification des capacités</translation>
    </message>
    <message>
        <source>leading</source>
        <translation>avancé</translation>
    </message>
    <message>
        <source>lagging</source>
        <translation>retardé</translation>
    </message>
    <message>
        <source>baseline {v}</source>
        <translation>départ {v}</translation>
    </message>
    <message>
        <source>target {v}</source>
        <translation>cible {v}</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>pas encore mesuré</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré le</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>No indicator has been agreed yet: nothing to measure.</source>
        <translation>Aucun indicateur n&apos;a encore été adopté : rien à mesurer.</translation>
    </message>
    <message>
        <source>Partner-by-partner history. Failed: {failed}. No history or not recorded: {missing}.</source>
        <translation>Historique partenaire par partenaire. Échec : {failed}. Pas d&apos;historique ou non enregistré : {missing}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Have we worked together before?</source>
        <translation>Avons-nous déjà travaillé ensemble ?</translation>
    </message>
    <message>
        <source>? = nothing recorded, or not released to this audience</source>
        <translation>? = rien d&apos;enregistré, ou non communiqué à ce public</translation>
    </message>
    <message>
        <source>? = nothing recorded yet</source>
        <translation>? = rien d&apos;enregistré pour l&apos;instant</translation>
    </message>
    <message>
        <source>Add at least two partners to map their history.</source>
        <translation>Ajoutez au moins deux partenaires pour cartographier leur historique.</translation>
    </message>
    <message>
        <source>Failed before</source>
        <translation>Échec par le passé</translation>
    </message>
    <message>
        <source>What we learned</source>
        <translation>Ce que nous avons appris</translation>
    </message>
    <message>
        <source>No interests recorded yet.</source>
        <translation>Aucun intérêt enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <source>What we really need</source>
        <translation>Ce dont nous avons vraiment besoin</translation>
    </message>
    <message>
        <source>{partners} partners bring {n} resources; {gaps} needed, nobody brings yet.</source>
        <translation>{partners} partenaires apportent {n} ressources ; {gaps} nécessaires que personne n&apos;apporte encore.</translation>
    </message>
    <message>
        <source>{partners} partners bring {n} resources; no gaps named.</source>
        <translation>{partners} partenaires apportent {n} ressources ; aucun manque nommé.</translation>
    </message>
    <message>
        <source>{met} of {needs} needs met.</source>
        <translation>{met} besoins satisfaits sur {needs}.</translation>
    </message>
    <message>
        <source>Needed, nobody brings yet</source>
        <translation>Nécessaire, personne ne l&apos;apporte encore</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Nécessaire</translation>
    </message>
    <message>
        <source>What does each of us bring, and what do we still need?</source>
        <translation>Qu&apos;apporte chacun de nous, et de quoi avons-nous encore besoin ?</translation>
    </message>
    <message>
        <source>Start with the broad topic.</source>
        <translation>Commencez par le thème général.</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Tous les partenaires</translation>
    </message>
    <message>
        <source>All other partners</source>
        <translation>Tous les autres partenaires</translation>
    </message>
    <message>
        <source>{words} ({letter})</source>
        <translation>{words} ({letter})</translation>
    </message>
    <message>
        <source>D decides; C is consulted before; I is informed after.</source>
        <translation>D décide ; C est consulté avant ; I est informé après.</translation>
    </message>
    <message>
        <source>Nobody decides yet</source>
        <translation>Personne ne décide encore</translation>
    </message>
    <message>
        <source>Which decisions will we make together, and who makes them?</source>
        <translation>Quelles décisions prendrons-nous ensemble, et qui les prend ?</translation>
    </message>
    <message>
        <source>Dots per statement</source>
        <translation>Gommettes par énoncé</translation>
    </message>
    <message>
        <source>Our shared vision</source>
        <translation>Notre vision partagée</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Gommettes</translation>
    </message>
    <message>
        <source>What does success look like for all of us?</source>
        <translation>À quoi ressemble la réussite pour nous tous ?</translation>
    </message>
    <message>
        <source>No commitments to agree yet.</source>
        <translation>Aucun engagement à accepter pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>{n} of {total} commitments agreed</source>
        <translation>{n} engagements acceptés sur {total}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message numerus="yes">
        <source>{status}, %n day overdue</source>
        <translation>
            <numerusform>{status}, %n jour de retard</numerusform>
            <numerusform>{status}, %n jours de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{status}, %n days overdue</source>
        <translation>
            <numerusform>{status}, %n jour de retard</numerusform>
            <numerusform>{status}, %n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Since the last meeting: {done} done, {dropped} dropped; {open} still open, {late} of them overdue.</source>
        <translation>Depuis la dernière réunion : {done} faites, {dropped} abandonnées ; {open} encore ouvertes, dont {late} en retard.</translation>
    </message>
    <message>
        <source>Some actions of earlier meetings are not for this audience.</source>
        <translation>Certaines actions des réunions précédentes ne sont pas destinées à ce public.</translation>
    </message>
    <message>
        <source>Decisions of the last meeting ({meeting})</source>
        <translation>Décisions de la dernière réunion ({meeting})</translation>
    </message>
    <message>
        <source>Brought into this meeting</source>
        <translation>Repris dans cette réunion</translation>
    </message>
    <message>
        <source>{topic} (parked at {meeting})</source>
        <translation>{topic} (mis au parking lors de {meeting})</translation>
    </message>
    <message>
        <source>This is the collaboration&apos;s first meeting: nothing to follow up yet.</source>
        <translation>C&apos;est la première réunion de la collaboration : rien à suivre pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Nothing to follow up from earlier meetings.</source>
        <translation>Rien à suivre des réunions précédentes.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Power and interest</source>
        <translation>Pouvoir et intérêt</translation>
    </message>
    <message>
        <source>Power →</source>
        <translation>Pouvoir →</translation>
    </message>
    <message>
        <source>Interest →</source>
        <translation>Intérêt →</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… et {n} de plus</translation>
    </message>
    <message>
        <source>Not placed yet</source>
        <translation>Pas encore placé</translation>
    </message>
    <message>
        <source>To invite</source>
        <translation>À inviter</translation>
    </message>
    <message>
        <source>{what} — {owner}</source>
        <translation>{what} — {owner}</translation>
    </message>
    <message>
        <source>owner needed</source>
        <translation>responsable à désigner</translation>
    </message>
    <message>
        <source>Who else is affected, or missing from this table?</source>
        <translation>Qui d&apos;autre est concerné, ou absent de cette table ?</translation>
    </message>
    <message>
        <source>{statement}: {counts} (average {avg})</source>
        <translation>{statement} : {counts} (moyenne {avg})</translation>
    </message>
    <message>
        <source>1 not at all</source>
        <translation>1 pas du tout</translation>
    </message>
    <message>
        <source>5 completely</source>
        <translation>5 tout à fait</translation>
    </message>
    <message>
        <source>Trust across our meetings (average, 1–5)</source>
        <translation>La confiance au fil de nos réunions (moyenne, 1–5)</translation>
    </message>
    <message>
        <source>The results will be shown once everyone has rated.</source>
        <translation>Les résultats seront affichés quand tout le monde aura noté.</translation>
    </message>
    <message>
        <source>Rate each statement from 1 (not at all) to 5 (completely)</source>
        <translation>Notez chaque affirmation de 1 (pas du tout) à 5 (tout à fait)</translation>
    </message>
    <message>
        <source>No ratings entered yet.</source>
        <translation>Aucune note saisie pour l&apos;instant.</translation>
    </message>
    <message>
        <source>How far do we agree?</source>
        <translation>Dans quelle mesure sommes-nous d&apos;accord ?</translation>
    </message>
    <message>
        <source>Ratings from phones: {phones}; by hand: {hands}.</source>
        <translation>Notes des téléphones : {phones} ; à main levée : {hands}.</translation>
    </message>
    <message>
        <source>How does your sector see the issue?</source>
        <translation>Comment votre secteur voit-il le problème ?</translation>
    </message>
    <message>
        <source>There is nothing to vote on yet: type the options, or choose a list.</source>
        <translation>Rien à voter pour l&apos;instant : tapez les options ou choisissez une liste.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Votes per option</source>
        <translation>Votes par option</translation>
    </message>
    <message>
        <source>No partners on the roster yet.</source>
        <translation>Aucun partenaire dans la liste pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Sector withheld</source>
        <translation>Secteur non communiqué</translation>
    </message>
    <message>
        <source>{n} organisations from {s} sectors</source>
        <translation>{n} organisations de {s} secteurs</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Brings</source>
        <translation>Apporte</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>A besoin de</translation>
    </message>
    <message>
        <source>{n} people present from {m} organisations</source>
        <translation>{n} personnes présentes de {m} organisations</translation>
    </message>
    <message>
        <source>Also said</source>
        <translation>Également dit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>This part cannot be shown right now; the facilitator has been told.</source>
        <translation>Cette partie ne peut pas être affichée pour le moment ; l&apos;animateur a été prévenu.</translation>
    </message>
    <message>
        <source>Part {n} of {total}</source>
        <translation>Partie {n} sur {total}</translation>
    </message>
    <message>
        <source>Time {clock}</source>
        <translation>Temps {clock}</translation>
    </message>
    <message>
        <source>Time left {clock}</source>
        <translation>Temps restant {clock}</translation>
    </message>
    <message>
        <source>Over time +{clock}</source>
        <translation>Dépassement +{clock}</translation>
    </message>
    <message>
        <source>{title} (part {n} of {total})</source>
        <translation>{title} (partie {n} sur {total})</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Page {n} sur {total}</translation>
    </message>
    <message>
        <source>continued on the next page</source>
        <translation>suite à la page suivante</translation>
    </message>
    <message>
        <source>Join: {address} · code {code}</source>
        <translation>Rejoindre : {address} · code {code}</translation>
    </message>
    <message>
        <source>Join from your phone</source>
        <translation>Rejoignez depuis votre téléphone</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>The picture must be at least 160 x 90 pixels.</source>
        <translation>L&apos;image doit faire au moins 160 x 90 pixels.</translation>
    </message>
    <message>
        <source>There is no workshop with the id {id}; `main.py list` shows the ids.</source>
        <translation>Il n&apos;y a pas d&apos;atelier avec l&apos;id {id} ; `main.py list` affiche les id.</translation>
    </message>
    <message>
        <source>This workshop has no blocks on its agenda yet.</source>
        <translation>Cet atelier n&apos;a pas encore de blocs à son ordre du jour.</translation>
    </message>
    <message>
        <source>There is no block {n}: this workshop has {count} blocks, numbered 1 to {count}.</source>
        <translation>Il n&apos;y a pas de bloc {n} : cet atelier compte {count} blocs, numérotés de 1 à {count}.</translation>
    </message>
    <message numerus="yes">
        <source>This room view has %n page(s); there is no page {page}.</source>
        <translation>
            <numerusform>Cette vue de la salle compte %n page ; il n&apos;y a pas de page {page}.</numerusform>
            <numerusform>Cette vue de la salle compte %n pages ; il n&apos;y a pas de page {page}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The picture could not be written to {path}.</source>
        <translation>L&apos;image n&apos;a pas pu être écrite dans {path}.</translation>
    </message>
    <message>
        <source>Decides</source>
        <translation>Décide</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Consulté</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Informé</translation>
    </message>
    <message>
        <source>{status}, {n} days overdue</source>
        <translation type="vanished">{status}, {n} j de retard</translation>
    </message>
    <message>
        <source>This room view has {count} page(s); there is no page {n}.</source>
        <translation type="vanished">Cette vue de la salle compte {count} page(s) ; il n&apos;y a pas de page {n}.</translation>
    </message>
</context>
<context>
    <name>RoomController</name>
    <message>
        <source>Room view (what the room sees)</source>
        <translation>Vue de la salle (ce que voit la salle)</translation>
    </message>
    <message>
        <source>&amp;Room view</source>
        <translation>&amp;Vue de la salle</translation>
    </message>
    <message>
        <source>Show the room window</source>
        <translation>Afficher la fenêtre de la salle</translation>
    </message>
    <message>
        <source>Blank the room (black screen)</source>
        <translation>Éteindre l&apos;écran de la salle (écran noir)</translation>
    </message>
    <message>
        <source>Holding slide with the workshop title</source>
        <translation>Diapositive d&apos;attente avec le titre de l&apos;atelier</translation>
    </message>
    <message>
        <source>Freeze the room view while you edit</source>
        <translation>Figer la vue de la salle pendant vos modifications</translation>
    </message>
    <message>
        <source>Reveal hidden results of this block</source>
        <translation>Révéler les résultats masqués de ce bloc</translation>
    </message>
    <message>
        <source>Next page of the room view</source>
        <translation>Page suivante de la vue de la salle</translation>
    </message>
    <message>
        <source>Previous page of the room view</source>
        <translation>Page précédente de la vue de la salle</translation>
    </message>
    <message>
        <source>Room theme</source>
        <translation>Thème de la salle</translation>
    </message>
    <message>
        <source>Room screen</source>
        <translation>Écran de la salle</translation>
    </message>
    <message>
        <source>Save room view as picture…</source>
        <translation>Enregistrer la vue de la salle comme image…</translation>
    </message>
    <message>
        <source>Automatic: the largest screen that is not yours</source>
        <translation>Automatique : le plus grand écran qui n&apos;est pas le vôtre</translation>
    </message>
    <message>
        <source>The room window is now {where}.</source>
        <translation>La fenêtre de la salle est maintenant {where}.</translation>
    </message>
    <message>
        <source>The results of this block are not hidden; the room sees them.</source>
        <translation>Les résultats de ce bloc ne sont pas masqués ; la salle les voit.</translation>
    </message>
    <message>
        <source>Reveal results</source>
        <translation>Révéler les résultats</translation>
    </message>
    <message>
        <source>Hide results again</source>
        <translation>Masquer à nouveau les résultats</translation>
    </message>
    <message>
        <source>Results revealed to the room.</source>
        <translation>Résultats révélés à la salle.</translation>
    </message>
    <message>
        <source>Results hidden from the room again.</source>
        <translation>Résultats de nouveau masqués à la salle.</translation>
    </message>
    <message>
        <source>Room view saved to {path}.</source>
        <translation>Vue de la salle enregistrée dans {path}.</translation>
    </message>
    <message>
        <source>The picture could not be saved to {path}; choose another folder.</source>
        <translation>L&apos;image n&apos;a pas pu être enregistrée dans {path} ; choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Save room view as picture</source>
        <translation>Enregistrer la vue de la salle comme image</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>RoomPicture</name>
    <message>
        <source>Picture of the room view</source>
        <translation>Image de la vue de la salle</translation>
    </message>
</context>
<context>
    <name>RoomPreview</name>
    <message>
        <source>Room window state</source>
        <translation>État de la fenêtre de la salle</translation>
    </message>
    <message>
        <source>Room screen message</source>
        <translation>Message de l&apos;écran de la salle</translation>
    </message>
    <message>
        <source>Room window hidden (F5 shows it).</source>
        <translation>Fenêtre de la salle masquée (F5 l&apos;affiche).</translation>
    </message>
    <message>
        <source>Room window: {where}.</source>
        <translation>Fenêtre de la salle : {where}.</translation>
    </message>
    <message>
        <source>BLANK: the room sees a black screen (F6).</source>
        <translation>ÉCRAN NOIR : la salle voit un écran noir (F6).</translation>
    </message>
    <message>
        <source>HOLDING SLIDE: the room sees the workshop title (Shift+F6).</source>
        <translation>DIAPOSITIVE D&apos;ATTENTE : la salle voit le titre de l&apos;atelier (Shift+F6).</translation>
    </message>
    <message>
        <source>FROZEN: the room does not see your changes (F7).</source>
        <translation>FIGÉ : la salle ne voit pas vos modifications (F7).</translation>
    </message>
    <message>
        <source>Page {n} of {total} (Ctrl+Shift+PgDown / PgUp).</source>
        <translation>Page {n} sur {total} (Ctrl+Shift+PgDown / PgUp).</translation>
    </message>
    <message>
        <source>RESULTS REVEALED: the room sees this block&apos;s results (F9 hides them).</source>
        <translation>RÉSULTATS RÉVÉLÉS : la salle voit les résultats de ce bloc (F9 les masque).</translation>
    </message>
    <message>
        <source>Results hidden: the room does not see them yet (F9 reveals them).</source>
        <translation>Résultats masqués : la salle ne les voit pas encore (F9 les révèle).</translation>
    </message>
</context>
<context>
    <name>RoomQueue</name>
    <message>
        <source>Enter accepts · F2 edits first · M merges · Delete rejects</source>
        <translation>Entrée accepte · F2 modifie d&apos;abord · M fusionne · Suppr rejette</translation>
    </message>
    <message>
        <source>From the room: waiting for you</source>
        <translation>De la salle : en attente</translation>
    </message>
    <message>
        <source>Edit what the room sent, then Enter</source>
        <translation>Modifiez ce que la salle a envoyé, puis Entrée</translation>
    </message>
    <message numerus="yes">
        <source>From the room: %n waiting</source>
        <translation>
            <numerusform>De la salle : %n en attente</numerusform>
            <numerusform>De la salle : %n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>For later</source>
        <translation>Pour plus tard</translation>
    </message>
    <message>
        <source>Accept from the room {text!r}</source>
        <translation>Accepter de la salle {text!r}</translation>
    </message>
    <message>
        <source>Reject from the room</source>
        <translation>Rejeter de la salle</translation>
    </message>
    <message>
        <source>Put out a phone and reject what it sent</source>
        <translation>Exclure un téléphone et rejeter ce qu&apos;il a envoyé</translation>
    </message>
    <message numerus="yes">
        <source>That phone is out and %n of its inputs were rejected. It can join again with the code: a new join code keeps it out.</source>
        <translation>
            <numerusform>Ce téléphone est exclu et %n de ses envois a été rejeté. Il peut se reconnecter avec le code : un nouveau code de connexion le tient à l&apos;écart.</numerusform>
            <numerusform>Ce téléphone est exclu et %n de ses envois ont été rejetés. Il peut se reconnecter avec le code : un nouveau code de connexion le tient à l&apos;écart.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge from the room</source>
        <translation>Fusionner depuis la salle</translation>
    </message>
    <message>
        <source>There is nothing in this block to merge it into.</source>
        <translation>Il n&apos;y a rien dans ce bloc avec quoi le fusionner.</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Fusionner avec</translation>
    </message>
    <message>
        <source>“{text}” says the same as:</source>
        <translation>« {text} » dit la même chose que :</translation>
    </message>
</context>
<context>
    <name>RoomScreens</name>
    <message>
        <source>full screen on {screen}</source>
        <translation>en plein écran sur {screen}</translation>
    </message>
    <message>
        <source>a normal window on your screen (no second screen)</source>
        <translation>une fenêtre normale sur votre écran (pas de second écran)</translation>
    </message>
    <message>
        <source>Screen {screen} was connected; the room window is now full screen there.</source>
        <translation>L&apos;écran {screen} a été connecté ; la fenêtre de la salle y est maintenant en plein écran.</translation>
    </message>
    <message>
        <source>Screen {screen} was connected; the room window stays where it is.</source>
        <translation>L&apos;écran {screen} a été connecté ; la fenêtre de la salle reste où elle est.</translation>
    </message>
    <message>
        <source>Screen {screen} was disconnected; the room window is now {where}.</source>
        <translation>L&apos;écran {screen} a été déconnecté ; la fenêtre de la salle est maintenant {where}.</translation>
    </message>
    <message>
        <source>Screen {screen} was disconnected.</source>
        <translation>L&apos;écran {screen} a été déconnecté.</translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message>
        <source>Room view</source>
        <translation>Vue de la salle</translation>
    </message>
</context>
<context>
    <name>RoomWindow</name>
    <message>
        <source>Room view</source>
        <translation>Vue de la salle</translation>
    </message>
    <message>
        <source>Room window</source>
        <translation>Fenêtre de la salle</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>Organisation joining the table, then Enter</source>
        <translation>Organisation qui rejoint la table, puis Entrée</translation>
    </message>
    <message>
        <source>Sector of the new organisation</source>
        <translation>Secteur de la nouvelle organisation</translation>
    </message>
    <message>
        <source>&amp;Add:</source>
        <translation>A&amp;jouter :</translation>
    </message>
    <message>
        <source>A&amp;ttendance…</source>
        <translation>&amp;Présences…</translation>
    </message>
    <message>
        <source>Take attendance</source>
        <translation>Relever les présences</translation>
    </message>
    <message>
        <source>Tick who came, or import a sign-in list (Ctrl+Shift+E)</source>
        <translation>Cochez qui est venu, ou importez une liste d&apos;émargement (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Partners by sector</source>
        <translation>Partenaires par secteur</translation>
    </message>
    <message>
        <source>Something said in the round, then Enter</source>
        <translation>Quelque chose de dit pendant le tour, puis Entrée</translation>
    </message>
    <message>
        <source>Notes from the round</source>
        <translation>Notes du tour de table</translation>
    </message>
    <message>
        <source>Add partner {name!r}</source>
        <translation>Ajouter le partenaire {name!r}</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) at the table</source>
        <translation>
            <numerusform>%n organisation à la table</numerusform>
            <numerusform>%n organisations à la table</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <source>Show or hide the agenda</source>
        <translation>Afficher ou masquer l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Agenda (Ctrl+1)</source>
        <translation>Ordre du jour (Ctrl+1)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous block (Ctrl+PgUp)</source>
        <translation>Bloc précédent (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next block (Ctrl+PgDown)</source>
        <translation>Bloc suivant (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Current block</source>
        <translation>Bloc en cours</translation>
    </message>
    <message>
        <source>Block timer</source>
        <translation>Minuteur du bloc</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Lancer le minuteur</translation>
    </message>
    <message>
        <source>Start or pause the block timer (Ctrl+Space)</source>
        <translation>Lancer ou mettre en pause le minuteur du bloc (Ctrl+Space)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Remettre à zéro</translation>
    </message>
    <message>
        <source>Set the block timer back to zero (Ctrl+Shift+Space)</source>
        <translation>Remettre le minuteur du bloc à zéro (Ctrl+Shift+Space)</translation>
    </message>
    <message>
        <source>Meeting schedule</source>
        <translation>Horaire de la réunion</translation>
    </message>
    <message>
        <source>Show or hide decisions, actions and the room preview</source>
        <translation>Afficher ou masquer les décisions, les actions et l&apos;aperçu de la salle</translation>
    </message>
    <message>
        <source>Decisions, actions, parking lot, notes and room preview (Ctrl+2)</source>
        <translation>Décisions, actions, parking, notes et aperçu de la salle (Ctrl+2)</translation>
    </message>
    <message>
        <source>Pause timer</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <source>⚠ {elapsed} / {box} — OVER by {over}</source>
        <translation>⚠ {elapsed} / {box} — DÉPASSÉ de {over}</translation>
    </message>
</context>
<context>
    <name>SaveTemplateDialog</name>
    <message>
        <source>Save agenda as template</source>
        <translation>Enregistrer l&apos;ordre du jour comme modèle</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <source>What the template is for</source>
        <translation>À quoi sert le modèle</translation>
    </message>
    <message>
        <source>For example: our quarterly check-in</source>
        <translation>Par exemple : notre point trimestriel</translation>
    </message>
    <message numerus="yes">
        <source>Keeps the %n block(s) of the agenda ({total}): their kinds, titles, timeboxes, prompts and settings; nothing said in the meeting.</source>
        <translation>
            <numerusform>Conserve %n bloc de l&apos;ordre du jour ({total}) : son type, son titre, sa durée, sa question et ses paramètres ; rien de ce qui a été dit en réunion.</numerusform>
            <numerusform>Conserve les %n blocs de l&apos;ordre du jour ({total}) : leurs types, titres, durées, questions et paramètres ; rien de ce qui a été dit en réunion.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the template keeps</source>
        <translation>Ce que conserve le modèle</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;What it is for:</source>
        <translation>À &amp;quoi il sert :</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>Meeting: {used} used of {planned} planned, {left} left</source>
        <translation>Réunion : {used} sur un plan de {planned}, reste {left}</translation>
    </message>
    <message>
        <source>Meeting: {used} used, {over} past the {planned} planned</source>
        <translation>Réunion : {used}, soit {over} au-delà du plan de {planned}</translation>
    </message>
    <message>
        <source>; ends about {end}</source>
        <translation> ; fin vers {end}</translation>
    </message>
    <message>
        <source> — ⚠ running {late} behind</source>
        <translation> — ⚠ {late} de retard</translation>
    </message>
    <message>
        <source>⚠ Over the plan by {over}: now ends at {end}, planned end {planned_end}.</source>
        <translation>⚠ Dépassement du plan de {over} : fin désormais à {end}, fin prévue {planned_end}.</translation>
    </message>
    <message>
        <source>⚠ Over the plan by {over}: the agenda takes {agenda} of {planned} planned.</source>
        <translation>⚠ Dépassement du plan de {over} : l&apos;ordre du jour prend {agenda} pour un plan de {planned}.</translation>
    </message>
    <message>
        <source>Agenda {agenda}: ends at {end}, planned end {planned_end}.</source>
        <translation>Ordre du jour {agenda} : fin à {end}, fin prévue {planned_end}.</translation>
    </message>
    <message>
        <source>Agenda {agenda} of {planned} planned.</source>
        <translation>Ordre du jour {agenda} pour un plan de {planned}.</translation>
    </message>
    <message>
        <source>{spare} to spare.</source>
        <translation>{spare} de marge.</translation>
    </message>
</context>
<context>
    <name>ScopePanel</name>
    <message>
        <source>New issue</source>
        <translation>Nouveau problème</translation>
    </message>
    <message>
        <source>Issue: Enter adds it under the selected one, Shift+Enter beside it</source>
        <translation>Problème : Entrée l&apos;ajoute sous le problème sélectionné, Shift+Enter à côté</translation>
    </message>
    <message>
        <source>Visibility of new issues</source>
        <translation>Visibilité des nouveaux problèmes</translation>
    </message>
    <message>
        <source>Who may see the issues you add next (F8 cycles)</source>
        <translation>Qui peut voir les problèmes que vous ajoutez ensuite (F8 fait défiler)</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
    <message>
        <source>Issue tree</source>
        <translation>Arborescence des problèmes</translation>
    </message>
    <message>
        <source>Space in the tree cycles the scope</source>
        <translation>Espace dans l&apos;arborescence fait défiler le périmètre</translation>
    </message>
    <message>
        <source>Selected issue:</source>
        <translation>Problème sélectionné :</translation>
    </message>
    <message>
        <source>In the tree: Space cycles the scope · F2 renames · Del removes the issue and what hangs under it · Alt+arrows move · Insert goes to the new-issue box</source>
        <translation>Dans l&apos;arborescence : Espace fait défiler le périmètre · F2 renomme · Suppr retire le problème et ce qui en dépend · Alt+flèches déplacent · Inser va à la zone du nouveau problème</translation>
    </message>
    <message>
        <source>Problem statement</source>
        <translation>Énoncé du problème</translation>
    </message>
    <message>
        <source>One sentence the room agrees to; Enter saves</source>
        <translation>Une phrase acceptée par la salle ; Entrée enregistre</translation>
    </message>
    <message>
        <source>A&amp;greed by the room</source>
        <translation>Accepté pa&amp;r la salle</translation>
    </message>
    <message>
        <source>Changing the wording later clears the agreement</source>
        <translation>Modifier la formulation par la suite annule l&apos;accord</translation>
    </message>
    <message>
        <source>&amp;Problem statement</source>
        <translation>É&amp;noncé du problème</translation>
    </message>
    <message>
        <source>&amp;Issues</source>
        <translation>&amp;Problèmes</translation>
    </message>
    <message>
        <source>Add issue {text!r}</source>
        <translation>Ajouter le problème {text!r}</translation>
    </message>
    <message>
        <source>Rename issue</source>
        <translation>Renommer le problème</translation>
    </message>
    <message>
        <source>{text!r}: {scope}</source>
        <translation>{text!r} : {scope}</translation>
    </message>
    <message>
        <source>Change visibility</source>
        <translation>Modifier la visibilité</translation>
    </message>
    <message>
        <source>Remove issue {text!r}</source>
        <translation>Retirer le problème {text!r}</translation>
    </message>
    <message>
        <source>Move issue</source>
        <translation>Déplacer le problème</translation>
    </message>
    <message>
        <source>Move issue {text!r}</source>
        <translation>Déplacer le problème {text!r}</translation>
    </message>
    <message>
        <source>Write the problem statement</source>
        <translation>Rédiger l&apos;énoncé du problème</translation>
    </message>
    <message>
        <source>Edit the problem statement</source>
        <translation>Modifier l&apos;énoncé du problème</translation>
    </message>
    <message>
        <source>Write the problem statement before marking it agreed.</source>
        <translation>Rédigez l&apos;énoncé du problème avant de le marquer accepté.</translation>
    </message>
    <message>
        <source>Problem statement agreed</source>
        <translation>Énoncé du problème accepté</translation>
    </message>
    <message>
        <source>Problem statement not agreed</source>
        <translation>Énoncé du problème non accepté</translation>
    </message>
</context>
<context>
    <name>Scoping</name>
    <message>
        <source>The room&apos;s view of a fact</source>
        <translation>L&apos;avis de la salle sur un fait</translation>
    </message>
    <message>
        <source>{n} agreed</source>
        <translation>{n} admis</translation>
    </message>
    <message>
        <source>{n} disputed</source>
        <translation>{n} contestés</translation>
    </message>
    <message>
        <source>{n} needs data</source>
        <translation>{n} données à trouver</translation>
    </message>
    <message>
        <source>phones: {answers}</source>
        <translation>téléphones : {answers}</translation>
    </message>
    <message>
        <source>owner needed</source>
        <translation>responsable à désigner</translation>
    </message>
    <message>
        <source>{q} — {owner}, by {due}</source>
        <translation>{q} — {owner}, pour le {due}</translation>
    </message>
    <message>
        <source>{q} — {owner}</source>
        <translation>{q} — {owner}</translation>
    </message>
    <message>
        <source>Problem statement (agreed)</source>
        <translation>Énoncé du problème (accepté)</translation>
    </message>
    <message>
        <source>Problem statement (draft)</source>
        <translation>Énoncé du problème (brouillon)</translation>
    </message>
    <message>
        <source>What is in scope?</source>
        <translation>Qu&apos;est-ce qui est dans le périmètre ?</translation>
    </message>
    <message>
        <source>✔ Agreed</source>
        <translation>✔ Admis</translation>
    </message>
    <message>
        <source>⚠ Disputed</source>
        <translation>⚠ Contesté</translation>
    </message>
    <message>
        <source>? Needs data</source>
        <translation>? Données à trouver</translation>
    </message>
    <message>
        <source>Not yet discussed</source>
        <translation>Pas encore discuté</translation>
    </message>
    <message>
        <source>✔ In scope</source>
        <translation>✔ Dans le périmètre</translation>
    </message>
    <message>
        <source>✘ Out of scope</source>
        <translation>✘ Hors périmètre</translation>
    </message>
    <message>
        <source>◷ Later</source>
        <translation>◷ Plus tard</translation>
    </message>
    <message>
        <source>… Undecided</source>
        <translation>… Non décidé</translation>
    </message>
</context>
<context>
    <name>Sectors</name>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation>Secteur public</translation>
    </message>
    <message>
        <source>Nonprofit</source>
        <translation>Associatif</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>Secteur privé</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Communautaire</translation>
    </message>
    <message>
        <source>Academic</source>
        <translation>Universitaire</translation>
    </message>
    <message>
        <source>Philanthropic</source>
        <translation>Philanthropique</translation>
    </message>
    <message>
        <source>Sector not said</source>
        <translation>Secteur non précisé</translation>
    </message>
</context>
<context>
    <name>ShareDiscretionPanel</name>
    <message>
        <source>Decides (D)</source>
        <translation>Décide (D)</translation>
    </message>
    <message>
        <source>Consulted (C)</source>
        <translation>Consulté (C)</translation>
    </message>
    <message>
        <source>Informed (I)</source>
        <translation>Informé (I)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>A decision the partnership will make, then Enter</source>
        <translation>Une décision que le partenariat prendra, puis Entrée</translation>
    </message>
    <message>
        <source>&amp;Decides (Space ticks):</source>
        <translation>&amp;Décide (Espace coche) :</translation>
    </message>
    <message>
        <source>&amp;Consulted before:</source>
        <translation>&amp;Consulté avant :</translation>
    </message>
    <message>
        <source>&amp;Informed after:</source>
        <translation>&amp;Informé après :</translation>
    </message>
    <message>
        <source>Selected decision</source>
        <translation>Décision sélectionnée</translation>
    </message>
    <message>
        <source>Select a decision to tick who decides, is consulted and is informed.</source>
        <translation>Sélectionnez une décision pour cocher qui décide, qui est consulté et qui est informé.</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Media enquiries</source>
        <translation>Demandes des médias</translation>
    </message>
    <message>
        <source>Records requests</source>
        <translation>Demandes d&apos;accès aux documents</translation>
    </message>
    <message>
        <source>How we warn each other</source>
        <translation>Comment nous nous prévenons</translation>
    </message>
    <message>
        <source>Review time</source>
        <translation>Délai de relecture</translation>
    </message>
    <message>
        <source>(partner not set)</source>
        <translation>(partenaire non défini)</translation>
    </message>
    <message>
        <source>{a} and {b} have a failed partnership behind them: agree how this data will be handled before it changes hands.</source>
        <translation>{a} et {b} ont un partenariat raté derrière eux : convenez de la façon dont ces données seront traitées avant qu&apos;elles ne changent de mains.</translation>
    </message>
    <message>
        <source>{a} and {b} have never worked together: start small and review after the first exchange.</source>
        <translation>{a} et {b} n&apos;ont jamais travaillé ensemble : commencez modestement et faites le point après le premier échange.</translation>
    </message>
    <message>
        <source>No partnership history is recorded between {a} and {b}: ask the room before they share data.</source>
        <translation>Aucun historique de partenariat n&apos;est enregistré entre {a} et {b} : interrogez la salle avant qu&apos;ils ne partagent des données.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>{a} shares with {b} ({text})</source>
        <translation>{a} partage avec {b} ({text})</translation>
    </message>
    <message>
        <source>number of commitments: O open, R restricted, C confidential, ? not set</source>
        <translation>nombre d&apos;engagements : O ouvert, R restreint, C confidentiel, ? non défini</translation>
    </message>
    <message>
        <source>Who shares with whom</source>
        <translation>Qui partage avec qui</translation>
    </message>
    <message>
        <source>the other parties</source>
        <translation>les autres parties</translation>
    </message>
    <message>
        <source>{provider} will provide {data} to {recipients}</source>
        <translation>{provider} fournira {data} à {recipients}</translation>
    </message>
    <message>
        <source>, solely for the purpose of {purpose}</source>
        <translation>, uniquement aux fins suivantes : {purpose}</translation>
    </message>
    <message>
        <source> (purpose to be stated)</source>
        <translation> (finalité à préciser)</translation>
    </message>
    <message>
        <source>frequency: {f}</source>
        <translation>fréquence : {f}</translation>
    </message>
    <message>
        <source>form: {f}</source>
        <translation>forme : {f}</translation>
    </message>
    <message>
        <source>classification: {s}</source>
        <translation>classification : {s}</translation>
    </message>
    <message>
        <source>not yet classified</source>
        <translation>pas encore classé</translation>
    </message>
    <message>
        <source>subject to: {c}</source>
        <translation>sous réserve de : {c}</translation>
    </message>
    <message>
        <source>The recipients will not disclose it further without {provider}&apos;s written consent, except where the law requires it; {provider} remains its custodian.</source>
        <translation>Les destinataires ne les communiqueront pas à des tiers sans le consentement écrit de {provider}, sauf lorsque la loi l&apos;exige ; {provider} en reste le dépositaire.</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>Draft information-sharing agreement</source>
        <translation>Projet d&apos;accord de partage d&apos;informations</translation>
    </message>
    <message>
        <source>No sharing commitment has been marked agreed yet.</source>
        <translation>Aucun engagement de partage n&apos;a encore été marqué accepté.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Agreed in principle at “{workshop}” ({date}). This is a starting point for each party&apos;s counsel, not a binding agreement.</source>
        <translation>Accepté sur le principe lors de « {workshop} » ({date}). Ceci est un point de départ pour le conseil juridique de chaque partie, pas un accord contraignant.</translation>
    </message>
    <message>
        <source>1. Parties</source>
        <translation>1. Parties</translation>
    </message>
    <message>
        <source>{org} ({sector}), answering to {whom}</source>
        <translation>{org} ({sector}), qui rend compte à {whom}</translation>
    </message>
    <message>
        <source>its governing body</source>
        <translation>son organe de direction</translation>
    </message>
    <message>
        <source>2. Information to be shared, purposes and frequency</source>
        <translation>2. Informations à partager, finalités et fréquence</translation>
    </message>
    <message>
        <source>3. Legal constraints</source>
        <translation>3. Contraintes juridiques</translation>
    </message>
    <message>
        <source>Clause 2.{n}: information held by a public body may be subject to public-records, sunshine or freedom-of-information requests; the parties will tell each other of any request before responding.</source>
        <translation>Clause 2.{n} : les informations détenues par un organisme public peuvent faire l&apos;objet de demandes d&apos;accès aux documents administratifs ou au titre des lois sur la transparence ; les parties s&apos;informeront mutuellement de toute demande avant d&apos;y répondre.</translation>
    </message>
    <message>
        <source>Clause 2.{n}: personal information is handled under applicable privacy law; only what the stated purpose needs is shared.</source>
        <translation>Clause 2.{n} : les données personnelles sont traitées conformément à la législation applicable en matière de protection des données ; seul ce qu&apos;exige la finalité indiquée est partagé.</translation>
    </message>
    <message>
        <source>Clause 2.{n}: existing contracts of the provider may restrict this sharing; counsel to check before the first exchange.</source>
        <translation>Clause 2.{n} : des contrats existants du fournisseur peuvent restreindre ce partage ; le conseil juridique doit le vérifier avant le premier échange.</translation>
    </message>
    <message>
        <source>No legal constraint was named; each party&apos;s counsel should confirm.</source>
        <translation>Aucune contrainte juridique n&apos;a été nommée ; le conseil juridique de chaque partie doit le confirmer.</translation>
    </message>
    <message>
        <source>4. Contacts and public communication</source>
        <translation>4. Contacts et communication publique</translation>
    </message>
    <message>
        <source>Contacts for media and records requests are still to be named.</source>
        <translation>Les contacts pour les demandes des médias et d&apos;accès aux documents restent à désigner.</translation>
    </message>
    <message>
        <source>Not part of this draft</source>
        <translation>Hors de ce projet</translation>
    </message>
    <message>
        <source>Discussed but not yet agreed: {list}</source>
        <translation>Discuté mais pas encore accepté : {list}</translation>
    </message>
    <message>
        <source>(limited by sensitivity)</source>
        <translation>(limité par la sensibilité)</translation>
    </message>
    <message>
        <source>Open: may be published</source>
        <translation>Ouvert : publiable</translation>
    </message>
    <message>
        <source>Restricted: partners only</source>
        <translation>Restreint : partenaires seulement</translation>
    </message>
    <message>
        <source>Confidential: named recipients only</source>
        <translation>Confidentiel : destinataires nommés seulement</translation>
    </message>
    <message>
        <source>Public records / sunshine / freedom-of-information law</source>
        <translation>Lois sur l&apos;accès aux documents publics et la transparence</translation>
    </message>
    <message>
        <source>Privacy law</source>
        <translation>Protection des données personnelles</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>{where}: {does}</source>
        <translation>{where} : {does}</translation>
    </message>
    <message>
        <source>Print the summary</source>
        <translation>Imprimer le compte rendu</translation>
    </message>
    <message>
        <source>Go to the search box</source>
        <translation>Aller à la zone de recherche</translation>
    </message>
    <message>
        <source>Tick or untick the current entry</source>
        <translation>Cocher ou décocher l&apos;entrée en cours</translation>
    </message>
    <message>
        <source>In a list with tick boxes</source>
        <translation>Dans une liste à cocher</translation>
    </message>
    <message>
        <source>Show the next section that mentions it</source>
        <translation>Afficher la section suivante qui le mentionne</translation>
    </message>
    <message>
        <source>In the search box</source>
        <translation>Dans la zone de recherche</translation>
    </message>
    <message>
        <source>Go to the list of sections</source>
        <translation>Aller à la liste des sections</translation>
    </message>
    <message>
        <source>Close the guide</source>
        <translation>Fermer le guide</translation>
    </message>
    <message>
        <source>Capture what you typed</source>
        <translation>Saisir ce que vous avez tapé</translation>
    </message>
    <message>
        <source>In a capture box</source>
        <translation>Dans une zone de saisie</translation>
    </message>
    <message>
        <source>Go to the next box of the item (owner, due date…)</source>
        <translation>Aller à la zone suivante de l&apos;élément (responsable, échéance…)</translation>
    </message>
    <message>
        <source>Change who may see what you capture next</source>
        <translation>Modifier qui peut voir ce que vous saisissez ensuite</translation>
    </message>
    <message>
        <source>Delete the selected items</source>
        <translation>Supprimer les éléments sélectionnés</translation>
    </message>
    <message>
        <source>In a list</source>
        <translation>Dans une liste</translation>
    </message>
    <message>
        <source>Move the selected item up</source>
        <translation>Monter l&apos;élément sélectionné</translation>
    </message>
    <message>
        <source>Move the selected item down</source>
        <translation>Descendre l&apos;élément sélectionné</translation>
    </message>
    <message>
        <source>Put the selected items in a cluster</source>
        <translation>Mettre les éléments sélectionnés dans un groupe</translation>
    </message>
    <message>
        <source>Show the next method</source>
        <translation>Afficher la méthode suivante</translation>
    </message>
    <message>
        <source>In the method library</source>
        <translation>Dans la bibliothèque de méthodes</translation>
    </message>
    <message>
        <source>Show the previous method</source>
        <translation>Afficher la méthode précédente</translation>
    </message>
    <message>
        <source>Add the method shown to the agenda, after the current block</source>
        <translation>Ajouter la méthode affichée à l&apos;ordre du jour, après le bloc en cours</translation>
    </message>
    <message>
        <source>Close the library</source>
        <translation>Fermer la bibliothèque</translation>
    </message>
    <message>
        <source>With the underlined letter of a button or caption: press that button or go to that box</source>
        <translation>Avec la lettre soulignée d&apos;un bouton ou d&apos;un libellé : appuyer sur ce bouton ou aller à cette zone</translation>
    </message>
    <message>
        <source>Accept it as an item of the block</source>
        <translation>L&apos;accepter comme élément du bloc</translation>
    </message>
    <message>
        <source>In “From the room”</source>
        <translation>Dans « De la salle »</translation>
    </message>
    <message>
        <source>Tidy the words first; Enter accepts them</source>
        <translation>Retoucher d&apos;abord les mots ; Entrée les accepte</translation>
    </message>
    <message>
        <source>Merge it into an item already captured</source>
        <translation>Le fusionner avec un élément déjà saisi</translation>
    </message>
    <message>
        <source>Reject it (nobody ever sees it)</source>
        <translation>Le rejeter (personne ne le voit jamais)</translation>
    </message>
    <message>
        <source>Put out the phone that sent it and reject all it sent</source>
        <translation>Exclure le téléphone qui l&apos;a envoyé et rejeter tout ce qu&apos;il a envoyé</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Quitter le plein écran</translation>
    </message>
    <message>
        <source>In the room window</source>
        <translation>Dans la fenêtre de la salle</translation>
    </message>
    <message>
        <source>Edit the cell; typing replaces what is there</source>
        <translation>Modifier la cellule ; la frappe remplace son contenu</translation>
    </message>
    <message>
        <source>In a table</source>
        <translation>Dans un tableau</translation>
    </message>
    <message>
        <source>Save the cell and go to the next one</source>
        <translation>Enregistrer la cellule et passer à la suivante</translation>
    </message>
    <message>
        <source>Save the cell and go to the previous one</source>
        <translation>Enregistrer la cellule et revenir à la précédente</translation>
    </message>
    <message>
        <source>Save the cell and go to the row below</source>
        <translation>Enregistrer la cellule et passer à la ligne du dessous</translation>
    </message>
    <message>
        <source>Leave the cell unchanged</source>
        <translation>Laisser la cellule inchangée</translation>
    </message>
    <message>
        <source>Mark the selected questions agreed, or not yet</source>
        <translation>Marquer les questions sélectionnées acceptées, ou pas encore</translation>
    </message>
    <message>
        <source>Mark the selected points agreed, or not yet</source>
        <translation>Marquer les points sélectionnés acceptés, ou pas encore</translation>
    </message>
    <message>
        <source>Mark the selected working agreement agreed, or not</source>
        <translation>Marquer l&apos;accord de fonctionnement sélectionné accepté, ou non</translation>
    </message>
    <message>
        <source>In the working agreements</source>
        <translation>Dans les accords de fonctionnement</translation>
    </message>
    <message>
        <source>Go to the hopes</source>
        <translation>Aller aux espoirs</translation>
    </message>
    <message>
        <source>Go to the concerns</source>
        <translation>Aller aux inquiétudes</translation>
    </message>
    <message>
        <source>Go to the working agreements</source>
        <translation>Aller aux accords de fonctionnement</translation>
    </message>
    <message>
        <source>Reveal the results to the room, or hide them again</source>
        <translation>Révéler les résultats à la salle, ou les masquer à nouveau</translation>
    </message>
    <message>
        <source>Mark the selected needs promised, or not yet</source>
        <translation>Marquer les besoins sélectionnés promis, ou pas encore</translation>
    </message>
    <message>
        <source>Add the standard criteria: vision, facts, timeframe, lived experience, capacity</source>
        <translation>Ajouter les critères standard : vision, faits, délais, vécu, capacité</translation>
    </message>
    <message>
        <source>Tick the two partners of the cell in the partner list</source>
        <translation>Cocher les deux partenaires de la cellule dans la liste des partenaires</translation>
    </message>
    <message>
        <source>In the grid of who has worked with whom</source>
        <translation>Dans la grille de qui a travaillé avec qui</translation>
    </message>
    <message>
        <source>Change who may see the issues you add next</source>
        <translation>Modifier qui peut voir les problèmes que vous ajoutez ensuite</translation>
    </message>
    <message>
        <source>Add the issue under the selected one</source>
        <translation>Ajouter le problème sous le problème sélectionné</translation>
    </message>
    <message>
        <source>In the new-issue box</source>
        <translation>Dans la zone du nouveau problème</translation>
    </message>
    <message>
        <source>Add the issue beside the selected one</source>
        <translation>Ajouter le problème à côté du problème sélectionné</translation>
    </message>
    <message>
        <source>Change the selected issue&apos;s scope</source>
        <translation>Modifier le périmètre du problème sélectionné</translation>
    </message>
    <message>
        <source>In the issue tree</source>
        <translation>Dans l&apos;arborescence des problèmes</translation>
    </message>
    <message>
        <source>Rename the selected issue</source>
        <translation>Renommer le problème sélectionné</translation>
    </message>
    <message>
        <source>Remove the issue and what hangs under it</source>
        <translation>Retirer le problème et ce qui en dépend</translation>
    </message>
    <message>
        <source>Move the issue up</source>
        <translation>Monter le problème</translation>
    </message>
    <message>
        <source>Move the issue down</source>
        <translation>Descendre le problème</translation>
    </message>
    <message>
        <source>Move the issue out, beside its parent</source>
        <translation>Sortir le problème, à côté de son parent</translation>
    </message>
    <message>
        <source>Move the issue under the one above it</source>
        <translation>Placer le problème sous celui du dessus</translation>
    </message>
    <message>
        <source>Change who may see the selected issue</source>
        <translation>Modifier qui peut voir le problème sélectionné</translation>
    </message>
    <message>
        <source>Go to the new-issue box</source>
        <translation>Aller à la zone du nouveau problème</translation>
    </message>
    <message>
        <source>Mark the selected statement as our vision</source>
        <translation>Marquer l&apos;énoncé sélectionné comme notre vision</translation>
    </message>
    <message>
        <source>Mark the selected commitment agreed, or not agreed</source>
        <translation>Marquer l&apos;engagement sélectionné accepté, ou non accepté</translation>
    </message>
    <message>
        <source>In the commitments</source>
        <translation>Dans les engagements</translation>
    </message>
    <message>
        <source>Mark the selected actions done</source>
        <translation>Marquer les actions sélectionnées faites</translation>
    </message>
    <message>
        <source>In the actions of earlier meetings</source>
        <translation>Dans les actions des réunions précédentes</translation>
    </message>
    <message>
        <source>Mark the selected actions in progress</source>
        <translation>Marquer les actions sélectionnées en cours</translation>
    </message>
    <message>
        <source>Mark the selected actions dropped</source>
        <translation>Marquer les actions sélectionnées abandonnées</translation>
    </message>
    <message>
        <source>Open the selected actions again</source>
        <translation>Rouvrir les actions sélectionnées</translation>
    </message>
    <message>
        <source>Bring the selected parked topics into this meeting</source>
        <translation>Reprendre dans cette réunion les sujets sélectionnés du parking</translation>
    </message>
    <message>
        <source>In the parking lot</source>
        <translation>Dans le parking</translation>
    </message>
    <message>
        <source>Invite the selected stakeholders: each becomes an action item</source>
        <translation>Inviter les parties prenantes sélectionnées : chacune devient une action</translation>
    </message>
    <message>
        <source>Remove the selected statement and its tally</source>
        <translation>Retirer l&apos;affirmation sélectionnée et son décompte</translation>
    </message>
    <message>
        <source>In the ratings</source>
        <translation>Dans les notes</translation>
    </message>
    <message>
        <source>Move the selected statement up</source>
        <translation>Monter l&apos;affirmation sélectionnée</translation>
    </message>
    <message>
        <source>Move the selected statement down</source>
        <translation>Descendre l&apos;affirmation sélectionnée</translation>
    </message>
    <message>
        <source>Count one more hand for the selected rating</source>
        <translation>Compter une main de plus pour la note sélectionnée</translation>
    </message>
    <message>
        <source>Count one hand less</source>
        <translation>Compter une main de moins</translation>
    </message>
    <message>
        <source>Add a partner organisation</source>
        <translation>Ajouter une organisation partenaire</translation>
    </message>
    <message>
        <source>Change who may see the selected cell</source>
        <translation>Modifier qui peut voir la cellule sélectionnée</translation>
    </message>
    <message>
        <source>In the partners</source>
        <translation>Dans les partenaires</translation>
    </message>
    <message>
        <source>Mark the selected decision or action read back, or not yet</source>
        <translation>Marquer la décision ou l&apos;action sélectionnée comme relue, ou pas encore</translation>
    </message>
    <message>
        <source>In the read-back list</source>
        <translation>Dans la liste de relecture</translation>
    </message>
</context>
<context>
    <name>SideLists</name>
    <message>
        <source>Decisions, actions, parking lot and notes</source>
        <translation>Décisions, actions, parking et notes</translation>
    </message>
    <message>
        <source>Decision, then Enter</source>
        <translation>Décision, puis Entrée</translation>
    </message>
    <message>
        <source>Action, then Enter</source>
        <translation>Action, puis Entrée</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Park a topic for later, then Enter</source>
        <translation>Mettre un sujet au parking, puis Entrée</translation>
    </message>
    <message>
        <source>Private note, then Enter (never shown or exported to partners)</source>
        <translation>Note privée, puis Entrée (jamais affichée ni exportée pour les partenaires)</translation>
    </message>
    <message>
        <source>Facilitator note</source>
        <translation>Note de l&apos;animateur</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Decisions (Ctrl+Shift+D)</source>
        <translation>Décisions (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Action items (Ctrl+Shift+A)</source>
        <translation>Actions (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Parking</translation>
    </message>
    <message>
        <source>Parking lot (Ctrl+Shift+P)</source>
        <translation>Parking (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Mes notes</translation>
    </message>
    <message>
        <source>Facilitator notes: private, never shown or exported to partners (Ctrl+Shift+F)</source>
        <translation>Notes de l&apos;animateur : privées, jamais affichées ni exportées pour les partenaires (Ctrl+Shift+F)</translation>
    </message>
</context>
<context>
    <name>SignInModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation written</source>
        <translation>Organisation indiquée</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Trouvé par</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>No partner organisation</source>
        <translation>Aucune organisation partenaire</translation>
    </message>
    <message>
        <source>Not found: choose a partner or leave it skipped</source>
        <translation>Introuvable : choisissez un partenaire ou laissez-le ignoré</translation>
    </message>
    <message>
        <source>Organisation, exactly</source>
        <translation>Organisation, à l&apos;identique</translation>
    </message>
    <message>
        <source>Organisation, other capitals</source>
        <translation>Organisation, autres majuscules</translation>
    </message>
    <message>
        <source>Start of the organisation&apos;s name</source>
        <translation>Début du nom de l&apos;organisation</translation>
    </message>
    <message>
        <source>Name on the roster</source>
        <translation>Nom dans la liste</translation>
    </message>
</context>
<context>
    <name>SignInPreview</name>
    <message>
        <source>Sign-in list: check who came with whom</source>
        <translation>Liste d&apos;émargement : vérifiez qui est venu avec qui</translation>
    </message>
    <message>
        <source>People on the sign-in list</source>
        <translation>Personnes de la liste d&apos;émargement</translation>
    </message>
    <message>
        <source>No partner organisation</source>
        <translation>Aucune organisation partenaire</translation>
    </message>
    <message>
        <source>Skip: not ticked</source>
        <translation>Ignorer : non coché</translation>
    </message>
    <message>
        <source>Check the Partner column: F2 or typing on it chooses another partner, or Skip. People not found are skipped unless you choose their partner.</source>
        <translation>Vérifiez la colonne Partenaire : F2 ou la frappe dans celle-ci choisit un autre partenaire, ou Ignorer. Les personnes introuvables sont ignorées sauf si vous choisissez leur partenaire.</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Ce que fera l&apos;import</translation>
    </message>
    <message>
        <source>{n} of {total} people will be ticked present; {s} skipped.</source>
        <translation>{n} personnes sur {total} seront cochées présentes ; {s} ignorées.</translation>
    </message>
    <message>
        <source>Tick {n} present</source>
        <translation>Cocher {n} présents</translation>
    </message>
    <message>
        <source>Tick the people not skipped present</source>
        <translation>Cocher présentes les personnes non ignorées</translation>
    </message>
</context>
<context>
    <name>SinceLastMeetingPanel</name>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Actions of earlier meetings</source>
        <translation>Actions des réunions précédentes</translation>
    </message>
    <message>
        <source>How the earlier actions stand</source>
        <translation>Où en sont les actions précédentes</translation>
    </message>
    <message>
        <source>Note kept with the new status</source>
        <translation>Note conservée avec le nouveau statut</translation>
    </message>
    <message>
        <source>What was delivered, or why it was dropped</source>
        <translation>Ce qui a été livré, ou pourquoi l&apos;action a été abandonnée</translation>
    </message>
    <message>
        <source>Done ✔ (Alt+D)</source>
        <translation>Faite ✔ (Alt+D)</translation>
    </message>
    <message>
        <source>In progress (Alt+I)</source>
        <translation>En cours (Alt+I)</translation>
    </message>
    <message>
        <source>Dropped ✘ (Alt+R)</source>
        <translation>Abandonnée ✘ (Alt+R)</translation>
    </message>
    <message>
        <source>Open again (Alt+P)</source>
        <translation>Rouvrir (Alt+P)</translation>
    </message>
    <message>
        <source>Earlier actions, by owner</source>
        <translation>Actions précédentes, par responsable</translation>
    </message>
    <message>
        <source>&amp;Note with the status:</source>
        <translation>&amp;Note avec le statut :</translation>
    </message>
    <message>
        <source>Parked at earlier meetings</source>
        <translation>Mis au parking lors des réunions précédentes</translation>
    </message>
    <message>
        <source>Bring in (Ctrl+Return)</source>
        <translation>Reprendre (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Bring the selected parked topics into this meeting</source>
        <translation>Reprendre dans cette réunion les sujets sélectionnés du parking</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Parked at</source>
        <translation>Mis au parking lors de</translation>
    </message>
    <message>
        <source>A topic for this meeting, then Enter</source>
        <translation>Un sujet pour cette réunion, puis Entrée</translation>
    </message>
    <message>
        <source>Parked earlier</source>
        <translation>Au parking auparavant</translation>
    </message>
    <message>
        <source>Topics for today</source>
        <translation>Sujets du jour</translation>
    </message>
    <message numerus="yes">
        <source>{status}, due {due}: %n day overdue</source>
        <translation>
            <numerusform>{status}, échéance {due} : %n jour de retard</numerusform>
            <numerusform>{status}, échéance {due} : %n jours de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{status}, due {due}: %n days overdue</source>
        <translation>
            <numerusform>{status}, échéance {due} : %n jour de retard</numerusform>
            <numerusform>{status}, échéance {due} : %n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>{status}, due {due}</source>
        <translation>{status}, échéance {due}</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>pas encore de responsable</translation>
    </message>
    <message>
        <source>Agreed at {meeting}</source>
        <translation>Décidée lors de {meeting}</translation>
    </message>
    <message>
        <source>This is the collaboration&apos;s first meeting.</source>
        <translation>C&apos;est la première réunion de la collaboration.</translation>
    </message>
    <message>
        <source>{n} actions listed: {open} not finished.</source>
        <translation>{n} actions listées : {open} non terminées.</translation>
    </message>
    <message>
        <source>Select an action in the list first.</source>
        <translation>Sélectionnez d&apos;abord une action dans la liste.</translation>
    </message>
    <message>
        <source>Select a parked topic first.</source>
        <translation>Sélectionnez d&apos;abord un sujet du parking.</translation>
    </message>
    <message numerus="yes">
        <source>Bring %n parked topic(s) into this meeting</source>
        <translation>
            <numerusform>Reprendre %n sujet du parking dans cette réunion</numerusform>
            <numerusform>Reprendre %n sujets du parking dans cette réunion</numerusform>
        </translation>
    </message>
    <message>
        <source>{status}, due {due}: {n} days overdue</source>
        <translation type="vanished">{status}, échéance {due} : {n} j de retard</translation>
    </message>
    <message>
        <source>Bring {n} parked topic(s) into this meeting</source>
        <translation type="vanished">Reprendre {n} sujet(s) du parking dans cette réunion</translation>
    </message>
</context>
<context>
    <name>StakeholderMapPanel</name>
    <message>
        <source>Power</source>
        <translation>Pouvoir</translation>
    </message>
    <message>
        <source>&amp;Power:</source>
        <translation>&amp;Pouvoir :</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <source>&amp;Interest:</source>
        <translation>&amp;Intérêt :</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Partie prenante</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Invite?</source>
        <translation>Inviter ?</translation>
    </message>
    <message>
        <source>✔ Invite</source>
        <translation>✔ Inviter</translation>
    </message>
    <message>
        <source>Who else is affected or missing? Then Enter</source>
        <translation>Qui d&apos;autre est concerné ou absent ? Puis Entrée</translation>
    </message>
    <message>
        <source>Choose power and interest (Alt+P, Alt+I), type who it is and press Enter. Ctrl+Return invites the selected stakeholders.</source>
        <translation>Choisissez le pouvoir et l&apos;intérêt (Alt+P, Alt+I), tapez de qui il s&apos;agit et appuyez sur Entrée. Ctrl+Return invite les parties prenantes sélectionnées.</translation>
    </message>
    <message>
        <source>Invite the selected (Ctrl+Return)</source>
        <translation>Inviter la sélection (Ctrl+Return)</translation>
    </message>
    <message>
        <source>I&amp;nvitations (action items: give each an owner and a date)</source>
        <translation>In&amp;vitations (actions : donnez à chacune un responsable et une date)</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Another action, then Tab for owner and due date; Enter</source>
        <translation>Une autre action, puis Tab pour le responsable et l&apos;échéance ; Entrée</translation>
    </message>
    <message>
        <source>Select a stakeholder in the list first.</source>
        <translation>Sélectionnez d&apos;abord une partie prenante dans la liste.</translation>
    </message>
    <message>
        <source>Every selected stakeholder is already invited.</source>
        <translation>Toutes les parties prenantes sélectionnées sont déjà invitées.</translation>
    </message>
    <message>
        <source>In&amp;vitations (action items: give each an owner and a date)</source>
        <translation type="vanished">In&amp;vitations (actions : donnez à chacune un responsable et une date)</translation>
    </message>
</context>
<context>
    <name>Stakeholders</name>
    <message>
        <source>{power}, {interest}</source>
        <translation>{power}, {interest}</translation>
    </message>
    <message>
        <source>(invite)</source>
        <translation>(inviter)</translation>
    </message>
    <message>
        <source>Invite {name} to the partnership</source>
        <translation>Inviter {name} au partenariat</translation>
    </message>
    <message>
        <source>Invite: {names}</source>
        <translation>Inviter : {names}</translation>
    </message>
    <message>
        <source>High power</source>
        <translation>Pouvoir fort</translation>
    </message>
    <message>
        <source>Low power</source>
        <translation>Pouvoir faible</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>Non placé</translation>
    </message>
    <message>
        <source>High interest</source>
        <translation>Intérêt fort</translation>
    </message>
    <message>
        <source>Low interest</source>
        <translation>Intérêt faible</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Satisfaire</translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation>Gérer de près</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Surveiller</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Tenir informé</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>sound</source>
        <translation>saine</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>ENDOMMAGÉE</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder} ({reason}). Your database is unchanged.</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite dans {folder} ({reason}). Votre base de données est inchangée.</translation>
    </message>
    <message>
        <source>The backup of {path} failed its check, so it was not kept. The database itself may be damaged.</source>
        <translation>La sauvegarde de {path} n&apos;a pas passé sa vérification, elle n&apos;a donc pas été conservée. La base de données elle-même est peut-être endommagée.</translation>
    </message>
    <message>
        <source>The backup {backup} is damaged or unreadable; choose another one.</source>
        <translation>La sauvegarde {backup} est endommagée ou illisible ; choisissez-en une autre.</translation>
    </message>
    <message>
        <source>{path} is still open. Close it before restoring a backup.</source>
        <translation>{path} est encore ouvert. Fermez-le avant de restaurer une sauvegarde.</translation>
    </message>
    <message>
        <source>The backup could not be restored to {path} ({reason}).</source>
        <translation>La sauvegarde n&apos;a pas pu être restaurée dans {path} ({reason}).</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>la base de données</translation>
    </message>
    <message>
        <source>The disk is full, so the last change could not be saved. Free some space; what you typed is kept on screen.</source>
        <translation>Le disque est plein : la dernière modification n&apos;a pas pu être enregistrée. Libérez de l&apos;espace ; ce que vous avez tapé reste à l&apos;écran.</translation>
    </message>
    <message>
        <source>{where} could not be written: the disk may be full or removed. Free some space or reconnect the disk; what you typed is kept on screen.</source>
        <translation>{where} n&apos;a pas pu être écrit : le disque est peut-être plein ou retiré. Libérez de l&apos;espace ou reconnectez le disque ; ce que vous avez tapé reste à l&apos;écran.</translation>
    </message>
    <message>
        <source>{where} cannot be written (it is read-only). Choose a folder you can write to.</source>
        <translation>{where} ne peut pas être écrit (lecture seule). Choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
    <message>
        <source>{where} is damaged or is not a Workshop App database.</source>
        <translation>{where} est endommagé ou n&apos;est pas une base de données Workshop App.</translation>
    </message>
    <message>
        <source>{where} is busy: another program is using it. Close the other copy of Workshop App and try again.</source>
        <translation>{where} est occupé : un autre programme l&apos;utilise. Fermez l&apos;autre copie de Workshop App et réessayez.</translation>
    </message>
    <message>
        <source>{where} could not be opened or written (disk error). Check that the folder exists and the disk is connected.</source>
        <translation>{where} n&apos;a pas pu être ouvert ou écrit (erreur de disque). Vérifiez que le dossier existe et que le disque est connecté.</translation>
    </message>
    <message>
        <source>{path} is not a database file.</source>
        <translation>{path} n&apos;est pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>{path} kept being replaced by another program while opening it; try again.</source>
        <translation>{path} a été remplacé à plusieurs reprises par un autre programme pendant son ouverture ; réessayez.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Il n&apos;y a pas de base de données à {path}.</translation>
    </message>
    <message>
        <source>{path} cannot be opened ({reason}).</source>
        <translation>{path} ne peut pas être ouvert ({reason}).</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written (it is read-only), so Workshop App cannot save there. Copy the database to a folder you can write to.</source>
        <translation>Le dossier {folder} ne peut pas être écrit (lecture seule) : Workshop App ne peut donc pas y enregistrer. Copiez la base de données dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>{path} is already open in another copy of Workshop App{holder}. Use that window, or close it and try again; nothing has been changed.</source>
        <translation>{path} est déjà ouvert dans une autre copie de Workshop App{holder}. Utilisez cette fenêtre, ou fermez-la et réessayez ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{path} cannot be locked ({reason}).</source>
        <translation>{path} ne peut pas être verrouillé ({reason}).</translation>
    </message>
    <message>
        <source> (process {pid})</source>
        <translation> (processus {pid})</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened safely. It has not been changed. Restore the newest backup to go on working.</source>
        <translation>{path} est endommagé et ne peut pas être ouvert sans risque. Il n&apos;a pas été modifié. Restaurez la sauvegarde la plus récente pour continuer à travailler.</translation>
    </message>
    <message>
        <source>{path} cannot be used: part of its folder path is a file, not a folder.</source>
        <translation>{path} ne peut pas être utilisé : une partie de son chemin est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>{path} cannot be read: permission denied.</source>
        <translation>{path} ne peut pas être lu : permission refusée.</translation>
    </message>
    <message>
        <source>{path} is not a Workshop App database, or it is damaged.</source>
        <translation>{path} n&apos;est pas une base de données Workshop App, ou elle est endommagée.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created ({reason}). Choose another place for the database.</source>
        <translation>Le dossier {folder} ne peut pas être créé ({reason}). Choisissez un autre emplacement pour la base de données.</translation>
    </message>
    <message>
        <source>{path} cannot be opened in safe-write (WAL) mode.</source>
        <translation>{path} ne peut pas être ouvert en mode d&apos;écriture sûre (WAL).</translation>
    </message>
    <message>
        <source>{path} was saved by a newer version of Workshop App (format {found}; this version reads up to {known}). Update the app to open it; the file has not been changed.</source>
        <translation>{path} a été enregistré par une version plus récente de Workshop App (format {found} ; cette version lit jusqu&apos;au format {known}). Mettez l&apos;application à jour pour l&apos;ouvrir ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Some text holds characters that are not valid Unicode and cannot be saved; nothing was changed. Retype it.</source>
        <translation>Un texte contient des caractères qui ne sont pas de l&apos;Unicode valide et ne peut pas être enregistré ; rien n&apos;a été modifié. Retapez-le.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>No indicator has been adopted yet (or the votes are still hidden).</source>
        <translation>Aucun indicateur n&apos;a encore été adopté (ou les votes sont encore masqués).</translation>
    </message>
    <message>
        <source>The adopted indicators ({n})</source>
        <translation>Les indicateurs adoptés ({n})</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Équilibré</translation>
    </message>
    <message>
        <source>The set mixes financial and other measures, has a leading indicator, and gives every partner something to report.</source>
        <translation>L&apos;ensemble mêle mesures financières et autres, comporte un indicateur avancé et donne à chaque partenaire quelque chose à présenter.</translation>
    </message>
    <message>
        <source>Adopted indicators</source>
        <translation>Indicateurs adoptés</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Nothing was recorded in this block.</source>
        <translation>Rien n&apos;a été enregistré dans ce bloc.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Media enquiries</source>
        <translation>Demandes des médias</translation>
    </message>
    <message>
        <source>Records requests</source>
        <translation>Demandes d&apos;accès aux documents</translation>
    </message>
    <message>
        <source>How we warn each other</source>
        <translation>Comment nous nous prévenons</translation>
    </message>
    <message>
        <source>Review time</source>
        <translation>Délai de relecture</translation>
    </message>
    <message>
        <source>No communication contacts were recorded.</source>
        <translation>Aucun contact de communication n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>No sharing commitments were recorded.</source>
        <translation>Aucun engagement de partage n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Partagé par</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Legal constraints</source>
        <translation>Contraintes juridiques</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Partnership history to watch</source>
        <translation>Historiques de partenariat à surveiller</translation>
    </message>
    <message>
        <source>✔ Agreed</source>
        <translation>✔ Accepté</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>{n} questions for the evaluation; {agreed} agreed.</source>
        <translation>{n} questions pour l&apos;évaluation ; {agreed} acceptées.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Pour qui</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Pour le</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Agreed?</source>
        <translation>Acceptée ?</translation>
    </message>
    <message>
        <source>No questions for the evaluation were recorded.</source>
        <translation>Aucune question d&apos;évaluation n&apos;a été enregistrée.</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Contributeur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>From phones</source>
        <translation>Des téléphones</translation>
    </message>
    <message>
        <source>Open questions (follow-ups)</source>
        <translation>Questions ouvertes (suites à donner)</translation>
    </message>
    <message>
        <source>No facts were recorded.</source>
        <translation>Aucun fait n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>{agreed} of {n} points agreed.</source>
        <translation>{agreed} points acceptés sur {n}.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>What we said</source>
        <translation>Ce que nous avons dit</translation>
    </message>
    <message>
        <source>Not yet discussed</source>
        <translation>Pas encore discuté</translation>
    </message>
    <message>
        <source>No governance points were recorded.</source>
        <translation>Aucun point de gouvernance n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>There are no indicators to vote on yet.</source>
        <translation>Il n&apos;y a pas encore d&apos;indicateurs à voter.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Votes per indicator</source>
        <translation>Votes par indicateur</translation>
    </message>
    <message>
        <source>Vote: {method}. Decision rule, set before the vote: {rule}</source>
        <translation>Vote : {method}. Règle de décision, fixée avant le vote : {rule}</translation>
    </message>
    <message>
        <source>Results hidden</source>
        <translation>Résultats masqués</translation>
    </message>
    <message>
        <source>The votes are not shown until the facilitator reveals them.</source>
        <translation>Les votes ne sont pas affichés tant que l&apos;animateur ne les a pas révélés.</translation>
    </message>
    <message>
        <source>Votes from phones: {phones}; by hand: {hands}.</source>
        <translation>Votes des téléphones : {phones} ; à main levée : {hands}.</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Désaccord</translation>
    </message>
    <message>
        <source>No indicators were proposed.</source>
        <translation>Aucun indicateur n&apos;a été proposé.</translation>
    </message>
    <message>
        <source>What it measures</source>
        <translation>Ce qu&apos;il mesure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Financier</translation>
    </message>
    <message>
        <source>Leading or lagging</source>
        <translation>Avancé ou retardé</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Source des données</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Score against the criteria</source>
        <translation>Score au regard des critères</translation>
    </message>
    <message>
        <source>Scored “No” on</source>
        <translation>Évalué « Non » sur</translation>
    </message>
    <message>
        <source>Data for each indicator</source>
        <translation>Données de chaque indicateur</translation>
    </message>
    <message>
        <source>Scored against the criteria</source>
        <translation>Scores au regard des critères</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>{needs} needs {n} from {gives}</source>
        <translation>{needs} : {n} besoin(s) envers {gives}</translation>
    </message>
    <message>
        <source>Who needs what from whom (number of needs)</source>
        <translation>Qui a besoin de quoi et de qui (nombre de besoins)</translation>
    </message>
    <message>
        <source>needs…</source>
        <translation>a besoin…</translation>
    </message>
    <message>
        <source>…from</source>
        <translation>…de</translation>
    </message>
    <message>
        <source>{n} needs named; {promised} promised.</source>
        <translation>{n} besoins nommés ; {promised} promis.</translation>
    </message>
    <message>
        <source>✔ Promised</source>
        <translation>✔ Promis</translation>
    </message>
    <message>
        <source>Who needs it</source>
        <translation>Qui en a besoin</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Promised?</source>
        <translation>Promis ?</translation>
    </message>
    <message>
        <source>No needs were named.</source>
        <translation>Aucun besoin n&apos;a été nommé.</translation>
    </message>
    <message>
        <source>No criteria were recorded.</source>
        <translation>Aucun critère n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>leading</source>
        <translation>avancé</translation>
    </message>
    <message>
        <source>lagging</source>
        <translation>retardé</translation>
    </message>
    <message>
        <source>baseline {v}</source>
        <translation>départ {v}</translation>
    </message>
    <message>
        <source>target {v}</source>
        <translation>cible {v}</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>pas encore mesuré</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré le</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>No measurements were recorded at this meeting.</source>
        <translation>Aucun relevé n&apos;a été enregistré lors de cette réunion.</translation>
    </message>
    <message>
        <source>No partnership history was recorded.</source>
        <translation>Aucun historique de partenariat n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>What they did together</source>
        <translation>Ce qu&apos;ils ont fait ensemble</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Lesson learned</source>
        <translation>Leçon tirée</translation>
    </message>
    <message>
        <source>Failed history</source>
        <translation>Historique d&apos;échec</translation>
    </message>
    <message>
        <source>Build trust before asking these partners to share data: {pairs}.</source>
        <translation>Bâtissez la confiance avant de demander à ces partenaires de partager des données : {pairs}.</translation>
    </message>
    <message>
        <source>No shared history</source>
        <translation>Aucun historique commun</translation>
    </message>
    <message>
        <source>No positions or interests were recorded.</source>
        <translation>Aucune position ni aucun intérêt n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Interests we share</source>
        <translation>Les intérêts que nous partageons</translation>
    </message>
    <message>
        <source>Stated position</source>
        <translation>Position exprimée</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <source>Stated by</source>
        <translation>Exprimée par</translation>
    </message>
    <message>
        <source>Positions, interests and who stated them</source>
        <translation>Positions, intérêts et qui les a exprimés</translation>
    </message>
    <message>
        <source>Positions and the interests behind them</source>
        <translation>Les positions et les intérêts qui les sous-tendent</translation>
    </message>
    <message>
        <source>{partners} partners bring {n} resources; {gaps} needed, nobody brings yet.</source>
        <translation>{partners} partenaires apportent {n} ressources ; {gaps} nécessaires que personne n&apos;apporte encore.</translation>
    </message>
    <message>
        <source>{partners} partners bring {n} resources; no gaps named.</source>
        <translation>{partners} partenaires apportent {n} ressources ; aucun manque nommé.</translation>
    </message>
    <message>
        <source>{met} of {needs} needs met.</source>
        <translation>{met} besoins satisfaits sur {needs}.</translation>
    </message>
    <message>
        <source>Needed, nobody brings yet</source>
        <translation>Nécessaire, personne ne l&apos;apporte encore</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Nécessaire</translation>
    </message>
    <message>
        <source>No resources were named.</source>
        <translation>Aucune ressource n&apos;a été nommée.</translation>
    </message>
    <message>
        <source>The issue was not scoped.</source>
        <translation>Le problème n&apos;a pas été cadré.</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Tous les partenaires</translation>
    </message>
    <message>
        <source>All other partners</source>
        <translation>Tous les autres partenaires</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>{words} ({letter})</source>
        <translation>{words} ({letter})</translation>
    </message>
    <message>
        <source>D decides; C is consulted before; I is informed after.</source>
        <translation>D décide ; C est consulté avant ; I est informé après.</translation>
    </message>
    <message>
        <source>Nobody decides yet</source>
        <translation>Personne ne décide encore</translation>
    </message>
    <message>
        <source>No decisions were named.</source>
        <translation>Aucune décision n&apos;a été nommée.</translation>
    </message>
    <message>
        <source>No vision statements were proposed.</source>
        <translation>Aucun énoncé de vision n&apos;a été proposé.</translation>
    </message>
    <message>
        <source>No commitments were put to the room.</source>
        <translation>Aucun engagement n&apos;a été soumis à la salle.</translation>
    </message>
    <message>
        <source>{n} of {total} commitments were agreed; they form the draft information-sharing agreement.</source>
        <translation>{n} engagements acceptés sur {total} ; ils forment le projet d&apos;accord de partage d&apos;informations.</translation>
    </message>
    <message>
        <source>Not yet agreed</source>
        <translation>Pas encore accepté</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>pas encore de responsable</translation>
    </message>
    <message numerus="yes">
        <source>{status}, %n day overdue</source>
        <translation>
            <numerusform>{status}, %n jour de retard</numerusform>
            <numerusform>{status}, %n jours de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{status}, %n days overdue</source>
        <translation>
            <numerusform>{status}, %n jour de retard</numerusform>
            <numerusform>{status}, %n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>pas encore de date</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Since the last meeting: {done} done, {dropped} dropped; {open} still open, {late} of them overdue.</source>
        <translation>Depuis la dernière réunion : {done} faites, {dropped} abandonnées ; {open} encore ouvertes, dont {late} en retard.</translation>
    </message>
    <message>
        <source>Some actions of earlier meetings are not for this audience.</source>
        <translation>Certaines actions des réunions précédentes ne sont pas destinées à ce public.</translation>
    </message>
    <message>
        <source>Decisions of the last meeting ({meeting})</source>
        <translation>Décisions de la dernière réunion ({meeting})</translation>
    </message>
    <message>
        <source>Brought into this meeting</source>
        <translation>Repris dans cette réunion</translation>
    </message>
    <message>
        <source>{topic} (parked at {meeting})</source>
        <translation>{topic} (mis au parking lors de {meeting})</translation>
    </message>
    <message>
        <source>Nothing was followed up from earlier meetings.</source>
        <translation>Rien n&apos;a été suivi des réunions précédentes.</translation>
    </message>
    <message>
        <source>No stakeholders were named.</source>
        <translation>Aucune partie prenante n&apos;a été nommée.</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Partie prenante</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Pouvoir</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Invite?</source>
        <translation>Inviter ?</translation>
    </message>
    <message>
        <source>✔ Invite</source>
        <translation>✔ Inviter</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>The ratings were not revealed to the room and are left out of this summary.</source>
        <translation>Les notes n&apos;ont pas été révélées à la salle et sont omises de ce compte rendu.</translation>
    </message>
    <message>
        <source>No ratings were entered.</source>
        <translation>Aucune note n&apos;a été saisie.</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Trust check-in</source>
        <translation>Baromètre de confiance</translation>
    </message>
    <message>
        <source>Ratings from phones: {phones}; by hand: {hands}.</source>
        <translation>Notes des téléphones : {phones} ; à main levée : {hands}.</translation>
    </message>
    <message>
        <source>No viewpoints were recorded.</source>
        <translation>Aucun point de vue n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>There is nothing to vote on yet: type the options, or choose a list.</source>
        <translation>Rien à voter pour l&apos;instant : tapez les options ou choisissez une liste.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Votes per option</source>
        <translation>Votes par option</translation>
    </message>
    <message>
        <source>Some options are not for this audience and are left out.</source>
        <translation>Certaines options ne sont pas destinées à ce public et sont omises.</translation>
    </message>
    <message>
        <source>No partners were recorded.</source>
        <translation>Aucun partenaire n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>People present</source>
        <translation>Personnes présentes</translation>
    </message>
    <message>
        <source>Brings</source>
        <translation>Apporte</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>A besoin de</translation>
    </message>
    <message>
        <source>Answers to</source>
        <translation>Rend compte à</translation>
    </message>
    <message>
        <source>No partner organisation</source>
        <translation>Aucune organisation partenaire</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>{n} people came from {m} partner organisations.</source>
        <translation>{n} personnes sont venues de {m} organisations partenaires.</translation>
    </message>
    <message>
        <source>Not represented: {names}.</source>
        <translation>Non représentées : {names}.</translation>
    </message>
    <message>
        <source>Withheld: the names of those present are not for this audience.</source>
        <translation>Non communiqué : les noms des présents ne sont pas destinés à ce public.</translation>
    </message>
    <message>
        <source>Draft information-sharing agreement</source>
        <translation>Projet d&apos;accord de partage d&apos;informations</translation>
    </message>
    <message>
        <source>Decides</source>
        <translation>Décide</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Consulté</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Informé</translation>
    </message>
    <message>
        <source>{status}, {n} days overdue</source>
        <translation type="vanished">{status}, {n} j de retard</translation>
    </message>
</context>
<context>
    <name>TallyModel</name>
    <message>
        <source>Statement</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>1
not at all</source>
        <translation>1
pas du tout</translation>
    </message>
    <message>
        <source>5
completely</source>
        <translation>5
tout à fait</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>{n} rated {r}</source>
        <translation>{n} ont noté {r}</translation>
    </message>
    <message>
        <source>{value!r} is not a number; type how many people gave this rating.</source>
        <translation>{value!r} n&apos;est pas un nombre ; tapez combien de personnes ont donné cette note.</translation>
    </message>
</context>
<context>
    <name>TemplateChoice</name>
    <message numerus="yes">
        <source>%n block(s), {total}: {start} to {end}</source>
        <translation>
            <numerusform>%n bloc, {total} : de {start} à {end}</numerusform>
            <numerusform>%n blocs, {total} : de {start} à {end}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n block(s), {total} in all</source>
        <translation>
            <numerusform>%n bloc, {total} au total</numerusform>
            <numerusform>%n blocs, {total} au total</numerusform>
        </translation>
    </message>
    <message>
        <source>Whatever you plan next.</source>
        <translation>Ce que vous prévoyez ensuite.</translation>
    </message>
    <message>
        <source>Your template, kept on this computer.</source>
        <translation>Votre modèle, conservé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Next meeting:</source>
        <translation>Prochaine réunion :</translation>
    </message>
    <message>
        <source>Agenda template</source>
        <translation>Modèle d&apos;ordre du jour</translation>
    </message>
    <message>
        <source>What the template holds</source>
        <translation>Ce que contient le modèle</translation>
    </message>
    <message>
        <source>Problem with a template file</source>
        <translation>Problème avec un fichier de modèle</translation>
    </message>
    <message>
        <source>&amp;Import a template…</source>
        <translation>&amp;Importer un modèle…</translation>
    </message>
    <message>
        <source>Import a template file</source>
        <translation>Importer un fichier de modèle</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export the chosen template to a file</source>
        <translation>Exporter le modèle choisi dans un fichier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the chosen template of yours</source>
        <translation>Supprimer le modèle choisi (l&apos;un des vôtres)</translation>
    </message>
    <message>
        <source>{name} ({total})</source>
        <translation>{name} ({total})</translation>
    </message>
    <message>
        <source>{template} — yours</source>
        <translation>{template} — le vôtre</translation>
    </message>
    <message>
        <source>Only your own templates can be deleted; this one comes with the app.</source>
        <translation>Seuls vos propres modèles peuvent être supprimés ; celui-ci est fourni avec l&apos;application.</translation>
    </message>
    <message>
        <source>Import a template</source>
        <translation>Importer un modèle</translation>
    </message>
    <message>
        <source>Template files (*.json);;All files (*)</source>
        <translation>Fichiers de modèle (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export the template</source>
        <translation>Exporter le modèle</translation>
    </message>
    <message>
        <source>Template files (*.json)</source>
        <translation>Fichiers de modèle (*.json)</translation>
    </message>
    <message>
        <source>Exported “{name}” to {path}.</source>
        <translation>« {name} » exporté dans {path}.</translation>
    </message>
    <message>
        <source>Delete your template “{name}”? Workshops planned from it keep their agendas.</source>
        <translation>Supprimer votre modèle « {name} » ? Les ateliers préparés à partir de lui conservent leur ordre du jour.</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Supprimer le modèle</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>{name} is not a Workshop App template file.</source>
        <translation>{name} n&apos;est pas un fichier de modèle Workshop App.</translation>
    </message>
    <message>
        <source>{name} is too large to be a template file.</source>
        <translation>{name} est trop volumineux pour être un fichier de modèle.</translation>
    </message>
    <message>
        <source>{name} is not a Workshop App template file (it is not valid JSON).</source>
        <translation>{name} n&apos;est pas un fichier de modèle Workshop App (ce n&apos;est pas du JSON valide).</translation>
    </message>
    <message>
        <source>{name} is damaged: it holds text that is not valid Unicode. Nothing was kept.</source>
        <translation>{name} est endommagé : il contient du texte qui n&apos;est pas de l&apos;Unicode valide. Rien n&apos;a été conservé.</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Workshop App; update the app to use it.</source>
        <translation>{name} a été créé par une version plus récente de Workshop App ; mettez l&apos;application à jour pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>le niveau supérieur</translation>
    </message>
    <message>
        <source>{name} is not a template this app can use: at {where}, {problem}.</source>
        <translation>{name} n&apos;est pas un modèle utilisable par cette application ({where}) : {problem}.</translation>
    </message>
    <message>
        <source>the block kind {kind!r} is not one this version knows</source>
        <translation>le type de bloc {kind!r} n&apos;est pas connu de cette version</translation>
    </message>
    <message>
        <source>this records a meeting, not a plan</source>
        <translation>ceci enregistre une réunion, pas un plan</translation>
    </message>
    <message>
        <source>the blocks add up to {total} minutes, not {stated}</source>
        <translation>les blocs totalisent {total} minutes, pas {stated}</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}.</source>
        <translation>Impossible de lire {name} : {reason}.</translation>
    </message>
    <message>
        <source>the template</source>
        <translation>le modèle</translation>
    </message>
    <message>
        <source>You already have a template called “{name}”: choose another name, or delete that one first.</source>
        <translation>Vous avez déjà un modèle nommé « {name} » : choisissez un autre nom, ou supprimez d&apos;abord celui-ci.</translation>
    </message>
    <message>
        <source>Cannot make the templates folder {folder}: {reason}.</source>
        <translation>Impossible de créer le dossier des modèles {folder} : {reason}.</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Donnez un nom au modèle.</translation>
    </message>
    <message>
        <source>The agenda has no blocks to keep as a template.</source>
        <translation>L&apos;ordre du jour n&apos;a aucun bloc à conserver comme modèle.</translation>
    </message>
    <message>
        <source>Only your own templates can be deleted.</source>
        <translation>Seuls vos propres modèles peuvent être supprimés.</translation>
    </message>
    <message>
        <source>Cannot delete {path}: {reason}.</source>
        <translation>Impossible de supprimer {path} : {reason}.</translation>
    </message>
    <message>
        <source>First partnership meeting</source>
        <translation>Première réunion du partenariat</translation>
    </message>
    <message>
        <source>Part one of two. Introductions, history and trust, the issue and its facts; first ideas for measures and for what each partner could share. Nothing is voted on yet.</source>
        <translation>Première partie sur deux. Présentations, historique et confiance, le problème et ses faits ; premières idées de mesures et de ce que chaque partenaire pourrait partager. Rien n&apos;est encore voté.</translation>
    </message>
    <message>
        <source>Follow-up meeting: choose the criteria, agree the indicators by vote, check their balance, name media contacts and sign the information-sharing agreement.</source>
        <translation>Réunion de suivi : choisir les critères, adopter les indicateurs par un vote, vérifier leur équilibre, nommer les contacts presse et signer l&apos;accord de partage d&apos;informations.</translation>
    </message>
    <message>
        <source>Introductions: who is at the table</source>
        <translation>Présentations : qui est autour de la table</translation>
    </message>
    <message>
        <source>Our partnership history</source>
        <translation>L&apos;historique de notre partenariat</translation>
    </message>
    <message>
        <source>Trust check-in</source>
        <translation>Baromètre de confiance</translation>
    </message>
    <message>
        <source>Hopes, concerns and how we work together</source>
        <translation>Espoirs, inquiétudes et façon de travailler ensemble</translation>
    </message>
    <message>
        <source>Scoping the issue</source>
        <translation>Cadrer le problème</translation>
    </message>
    <message>
        <source>From positions to interests</source>
        <translation>Des positions aux intérêts</translation>
    </message>
    <message>
        <source>Building a common fact base</source>
        <translation>Construire une base factuelle commune</translation>
    </message>
    <message>
        <source>Measures of success: first ideas</source>
        <translation>Mesures de réussite : premières idées</translation>
    </message>
    <message>
        <source>Information sharing: what each could share</source>
        <translation>Partage d&apos;informations : ce que chacun pourrait partager</translation>
    </message>
    <message>
        <source>Wrap-up: decisions and actions</source>
        <translation>Clôture : décisions et actions</translation>
    </message>
    <message>
        <source>Follow-up meeting</source>
        <translation>Réunion de suivi</translation>
    </message>
    <message>
        <source>Part two of two, after the first partnership meeting (or Designing the partnership): follow up the actions agreed last time, check in on trust, judge and vote on the indicators proposed there, check the set&apos;s balance, and commit to sharing data.</source>
        <translation>Deuxième partie sur deux, après la première réunion du partenariat (ou Concevoir le partenariat) : suivre les actions décidées la dernière fois, faire le point sur la confiance, évaluer et voter les indicateurs proposés alors, vérifier l&apos;équilibre de l&apos;ensemble et s&apos;engager à partager des données.</translation>
    </message>
    <message>
        <source>90-minute check-in, every one to three months: the trust trend, actions and measures since the last meeting, what was shared.</source>
        <translation>Point d&apos;étape de 90 minutes, tous les un à trois mois : l&apos;évolution de la confiance, les actions et les mesures depuis la dernière réunion, ce qui a été partagé.</translation>
    </message>
    <message>
        <source>Since last meeting</source>
        <translation>Depuis la dernière réunion</translation>
    </message>
    <message>
        <source>How we judge indicators</source>
        <translation>Comment nous évaluons les indicateurs</translation>
    </message>
    <message>
        <source>Proposed indicators</source>
        <translation>Indicateurs proposés</translation>
    </message>
    <message>
        <source>Agreeing on indicators</source>
        <translation>S&apos;accorder sur les indicateurs</translation>
    </message>
    <message>
        <source>Balance check</source>
        <translation>Vérifier l&apos;équilibre</translation>
    </message>
    <message>
        <source>Data inventory</source>
        <translation>Inventaire des données</translation>
    </message>
    <message>
        <source>Media and records requests</source>
        <translation>Demandes des médias et d&apos;accès aux documents</translation>
    </message>
    <message>
        <source>Our information-sharing agreement</source>
        <translation>Notre accord de partage d&apos;informations</translation>
    </message>
    <message>
        <source>Half-day: the whole arc in one meeting</source>
        <translation>Demi-journée : tout le parcours en une réunion</translation>
    </message>
    <message>
        <source>Everything in one sitting, for partners short of meetings: trust, scope and facts, criteria, indicators and the vote, their balance, what each partner shares and the agreement. Tight timeboxes; plan a break on top.</source>
        <translation>Tout en une séance, pour les partenaires qui ont peu de réunions : confiance, périmètre et faits, critères, indicateurs et vote, leur équilibre, ce que chaque partenaire partage et l&apos;accord. Durées serrées ; prévoyez une pause en plus.</translation>
    </message>
    <message>
        <source>90-minute check-in, in one to three months: the trust trend, actions and measures since this meeting, what was shared.</source>
        <translation>Point d&apos;étape de 90 minutes, dans un à trois mois : l&apos;évolution de la confiance, les actions et les mesures depuis cette réunion, ce qui a été partagé.</translation>
    </message>
    <message>
        <source>Who is at the table</source>
        <translation>Qui est autour de la table</translation>
    </message>
    <message>
        <source>Trust check-in: where we start</source>
        <translation>Baromètre de confiance : notre point de départ</translation>
    </message>
    <message>
        <source>What exactly are we solving?</source>
        <translation>Que cherchons-nous exactement à résoudre ?</translation>
    </message>
    <message>
        <source>What we know: a common fact base</source>
        <translation>Ce que nous savons : une base factuelle commune</translation>
    </message>
    <message>
        <source>What each partner will share</source>
        <translation>Ce que chaque partenaire partagera</translation>
    </message>
    <message>
        <source>Wrap-up: read back decisions and actions</source>
        <translation>Clôture : relire les décisions et les actions</translation>
    </message>
    <message>
        <source>90-minute check-in</source>
        <translation>Point d&apos;étape de 90 minutes</translation>
    </message>
    <message>
        <source>Between the big meetings: how trust is holding, what was done since last time, what has changed in the facts, whether the working agreements hold and what data flowed.</source>
        <translation>Entre les grandes réunions : comment la confiance tient, ce qui a été fait depuis la dernière fois, ce qui a changé dans les faits, si les accords de fonctionnement tiennent et quelles données ont circulé.</translation>
    </message>
    <message>
        <source>Another check-in; or a Follow-up meeting when the measures or the sharing commitments need to be agreed again.</source>
        <translation>Un autre point d&apos;étape ; ou une Réunion de suivi quand les mesures ou les engagements de partage doivent être adoptés à nouveau.</translation>
    </message>
    <message>
        <source>Trust check-in: how are we doing?</source>
        <translation>Baromètre de confiance : où en sommes-nous ?</translation>
    </message>
    <message>
        <source>Since last meeting: our actions</source>
        <translation>Depuis la dernière réunion : nos actions</translation>
    </message>
    <message>
        <source>What our measures say</source>
        <translation>Ce que disent nos mesures</translation>
    </message>
    <message>
        <source>What has changed: new facts and open questions</source>
        <translation>Ce qui a changé : nouveaux faits et questions ouvertes</translation>
    </message>
    <message>
        <source>Are our working agreements holding?</source>
        <translation>Nos accords de fonctionnement tiennent-ils ?</translation>
    </message>
    <message>
        <source>Sharing: what flowed, what next</source>
        <translation>Partage : ce qui a circulé, et la suite</translation>
    </message>
    <message>
        <source>Designing the partnership</source>
        <translation>Concevoir le partenariat</translation>
    </message>
    <message>
        <source>For a partnership taking on a new issue: agree what success looks like for everyone, what partners need from each other and what each brings, who else should be involved, who decides what, and how the partnership is governed and managed; then put each sector&apos;s view of the issue side by side, scope it and agree the facts.</source>
        <translation>Pour un partenariat qui s&apos;attaque à un nouveau problème : s&apos;accorder sur ce qu&apos;est la réussite pour chacun, ce dont les partenaires ont besoin les uns des autres et ce que chacun apporte, qui d&apos;autre devrait être associé, qui décide de quoi, et comment le partenariat est gouverné et coordonné ; puis mettre côte à côte le point de vue de chaque secteur sur le problème, le cadrer et s&apos;accorder sur les faits.</translation>
    </message>
    <message>
        <source>Follow-up meeting: turn the vision and the facts into criteria and indicators, vote on them and commit to sharing data.</source>
        <translation>Réunion de suivi : transformer la vision et les faits en critères et en indicateurs, les voter et s&apos;engager à partager des données.</translation>
    </message>
    <message>
        <source>Hopes, concerns and working agreements</source>
        <translation>Espoirs, inquiétudes et accords de fonctionnement</translation>
    </message>
    <message>
        <source>Our shared vision of success</source>
        <translation>Notre vision partagée de la réussite</translation>
    </message>
    <message>
        <source>What we need from each other</source>
        <translation>Ce dont nous avons besoin les uns des autres</translation>
    </message>
    <message>
        <source>What each of us brings</source>
        <translation>Ce que chacun de nous apporte</translation>
    </message>
    <message>
        <source>Who else is affected or missing</source>
        <translation>Qui d&apos;autre est concerné ou absent</translation>
    </message>
    <message>
        <source>Who decides what</source>
        <translation>Qui décide de quoi</translation>
    </message>
    <message>
        <source>Governance and a manager</source>
        <translation>Gouvernance et coordination</translation>
    </message>
    <message>
        <source>How each of us sees the issue</source>
        <translation>Comment chacun de nous voit le problème</translation>
    </message>
    <message>
        <source>What we know</source>
        <translation>Ce que nous savons</translation>
    </message>
    <message>
        <source>Where do we start?</source>
        <translation>Par où commençons-nous ?</translation>
    </message>
    <message>
        <source>Which of these do we take on first?</source>
        <translation>Lequel de ces sujets abordons-nous en premier ?</translation>
    </message>
    <message>
        <source>Planning the evaluation</source>
        <translation>Préparer l&apos;évaluation</translation>
    </message>
    <message>
        <source>For a partnership whose measures are agreed and running: decide what the evaluation is for and for whom, look at what the measures say so far, fill the gaps in the indicators, and agree who collects and shares the data it needs.</source>
        <translation>Pour un partenariat dont les mesures sont adoptées et en place : décider à quoi sert l&apos;évaluation et pour qui, regarder ce que disent les mesures jusqu&apos;ici, combler les manques dans les indicateurs, et convenir de qui recueille et partage les données nécessaires.</translation>
    </message>
    <message>
        <source>90-minute check-in when the first figures are in: what the measures say, and whether the evaluation answers the questions it was planned for.</source>
        <translation>Point d&apos;étape de 90 minutes quand les premiers chiffres sont là : ce que disent les mesures, et si l&apos;évaluation répond aux questions pour lesquelles elle a été prévue.</translation>
    </message>
    <message>
        <source>What the evaluation is for, and for whom</source>
        <translation>À quoi sert l&apos;évaluation, et pour qui</translation>
    </message>
    <message>
        <source>What our measures say so far</source>
        <translation>Ce que disent nos mesures jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Do our indicators tell the whole story?</source>
        <translation>Nos indicateurs racontent-ils toute l&apos;histoire ?</translation>
    </message>
    <message>
        <source>Indicators the evaluation still needs</source>
        <translation>Indicateurs qui manquent encore à l&apos;évaluation</translation>
    </message>
    <message>
        <source>Who collects what, and when</source>
        <translation>Qui recueille quoi, et quand</translation>
    </message>
    <message>
        <source>For each indicator the evaluation uses: who collects the data, how often, and who checks it?</source>
        <translation>Pour chaque indicateur utilisé par l&apos;évaluation : qui recueille les données, à quelle fréquence, et qui les vérifie ?</translation>
    </message>
    <message>
        <source>Data the evaluation needs from each partner</source>
        <translation>Données dont l&apos;évaluation a besoin de la part de chaque partenaire</translation>
    </message>
    <message>
        <source>Blank agenda</source>
        <translation>Ordre du jour vierge</translation>
    </message>
    <message>
        <source>One open discussion block; add your own.</source>
        <translation>Un bloc de discussion ouverte ; ajoutez les vôtres.</translation>
    </message>
    <message>
        <source>Open discussion</source>
        <translation>Discussion ouverte</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>There is no theme called {name!r}; choose one of: {names}.</source>
        <translation>Il n&apos;y a pas de thème nommé {name!r} ; choisissez parmi : {names}.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>Good</source>
        <translation>Bon</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mitigé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>No history</source>
        <translation>Pas d&apos;historique</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>(partners removed)</source>
        <translation>(partenaires retirés)</translation>
    </message>
</context>
<context>
    <name>TrustCheckInPanel</name>
    <message>
        <source>Ratings per statement</source>
        <translation>Notes par affirmation</translation>
    </message>
    <message>
        <source>New statement</source>
        <translation>Nouvelle affirmation</translation>
    </message>
    <message>
        <source>Another statement to rate, then Enter</source>
        <translation>Une autre affirmation à noter, puis Entrée</translation>
    </message>
    <message>
        <source>Remove statement</source>
        <translation>Retirer l&apos;affirmation</translation>
    </message>
    <message>
        <source>Remove the selected statement and its tally (Ctrl+Del)</source>
        <translation>Retirer l&apos;affirmation sélectionnée et son décompte (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>&amp;Keep the results hidden from the room until revealed</source>
        <translation>&amp;Garder les résultats masqués à la salle jusqu&apos;à leur révélation</translation>
    </message>
    <message>
        <source>What the room sees</source>
        <translation>Ce que voit la salle</translation>
    </message>
    <message>
        <source>Tallies larger than the people present</source>
        <translation>Décomptes supérieurs au nombre de présents</translation>
    </message>
    <message>
        <source>Type a number in a rating cell and press Tab for the next one; + and − count hands one at a time. F2 edits a statement.</source>
        <translation>Tapez un nombre dans une cellule de note et appuyez sur Tab pour passer à la suivante ; + et − comptent les mains une à une. F2 modifie une affirmation.</translation>
    </message>
    <message>
        <source>Tally {n}× {r} for {s!r}</source>
        <translation>Décompte {n}× {r} pour {s!r}</translation>
    </message>
    <message>
        <source>That statement is already on the list.</source>
        <translation>Cette affirmation est déjà dans la liste.</translation>
    </message>
    <message>
        <source>Add statement {s!r}</source>
        <translation>Ajouter l&apos;affirmation {s!r}</translation>
    </message>
    <message>
        <source>Edit statement</source>
        <translation>Modifier l&apos;affirmation</translation>
    </message>
    <message>
        <source>Remove statement {s!r}</source>
        <translation>Retirer l&apos;affirmation {s!r}</translation>
    </message>
    <message>
        <source>Move statement</source>
        <translation>Déplacer l&apos;affirmation</translation>
    </message>
    <message>
        <source>Hide results</source>
        <translation>Masquer les résultats</translation>
    </message>
    <message>
        <source>Show results</source>
        <translation>Afficher les résultats</translation>
    </message>
    <message>
        <source>Reveal results</source>
        <translation>Révéler les résultats</translation>
    </message>
    <message>
        <source>Hide results again</source>
        <translation>Masquer à nouveau les résultats</translation>
    </message>
    <message>
        <source>Hide the results again</source>
        <translation>Masquer à nouveau les résultats</translation>
    </message>
    <message>
        <source>&amp;Reveal the results to the room</source>
        <translation>&amp;Révéler les résultats à la salle</translation>
    </message>
    <message>
        <source>The room sees: the results</source>
        <translation>La salle voit : les résultats</translation>
    </message>
    <message>
        <source>The room sees: the statements, results hidden</source>
        <translation>La salle voit : les affirmations, résultats masqués</translation>
    </message>
    <message>
        <source>Warning: {total} ratings counted for “{statement}”, more than the {n} people present.</source>
        <translation>Attention : {total} notes comptées pour « {statement} », plus que les {n} personnes présentes.</translation>
    </message>
</context>
<context>
    <name>ViewpointsPanel</name>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Secteur :</translation>
    </message>
    <message>
        <source>Sector of the next view</source>
        <translation>Secteur du prochain point de vue</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Point de vue</translation>
    </message>
    <message>
        <source>How the issue looks from this sector, then Enter</source>
        <translation>Comment le problème apparaît depuis ce secteur, puis Entrée</translation>
    </message>
    <message>
        <source>Go round the sectors: choose the sector, type each view and press Enter. Views from phones come without a name.</source>
        <translation>Faites le tour des secteurs : choisissez le secteur, tapez chaque point de vue et appuyez sur Entrée. Les points de vue envoyés par téléphone arrivent sans nom.</translation>
    </message>
</context>
<context>
    <name>VisibilityChooser</name>
    <message>
        <source>Visibility of new items</source>
        <translation>Visibilité des nouveaux éléments</translation>
    </message>
    <message>
        <source>Who may see what you capture next. F8 changes it for the next item; Ctrl+F8 keeps it for the items after.</source>
        <translation>Qui peut voir ce que vous saisissez ensuite. F8 la modifie pour l&apos;élément suivant ; Ctrl+F8 la conserve pour les éléments d&apos;après.</translation>
    </message>
    <message>
        <source>Keep it for the next items (Ctrl+F8)</source>
        <translation>La conserver pour les éléments suivants (Ctrl+F8)</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>{visibility} · kept</source>
        <translation>{visibility} · conservé</translation>
    </message>
    <message>
        <source>{visibility} · next item only</source>
        <translation>{visibility} · élément suivant seulement</translation>
    </message>
</context>
<context>
    <name>VisionPanel</name>
    <message>
        <source>Our vision?</source>
        <translation>Notre vision ?</translation>
    </message>
    <message>
        <source>✔ Our vision</source>
        <translation>✔ Notre vision</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Gommettes</translation>
    </message>
    <message>
        <source>We will know this partnership worked when… then Enter</source>
        <translation>Nous saurons que ce partenariat a réussi quand… puis Entrée</translation>
    </message>
    <message>
        <source>Type each statement and press Enter; count the dots and type them in the Dots column (Tab moves across, Enter down).</source>
        <translation>Tapez chaque énoncé et appuyez sur Entrée ; comptez les gommettes et saisissez-les dans la colonne Gommettes (Tab passe d&apos;une colonne à l&apos;autre, Entrée descend).</translation>
    </message>
    <message>
        <source>Mark as our vision (Ctrl+Return)</source>
        <translation>Marquer comme notre vision (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Select a statement in the list first.</source>
        <translation>Sélectionnez d&apos;abord un énoncé dans la liste.</translation>
    </message>
    <message>
        <source>Mark as our vision</source>
        <translation>Marquer comme notre vision</translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Tallies per option</source>
        <translation>Décomptes par option</translation>
    </message>
    <message>
        <source>How many options are adopted</source>
        <translation>Combien d&apos;options sont adoptées</translation>
    </message>
    <message>
        <source>What the room votes on besides the typed options</source>
        <translation>Sur quoi la salle vote en plus des options tapées</translation>
    </message>
    <message>
        <source>An option to vote on, then Enter</source>
        <translation>Une option à voter, puis Entrée</translation>
    </message>
    <message>
        <source>New option</source>
        <translation>Nouvelle option</translation>
    </message>
    <message>
        <source>Type each option and press Enter, or choose a list from an earlier block; then set the vote and type the tallies.</source>
        <translation>Tapez chaque option et appuyez sur Entrée, ou choisissez une liste d&apos;un bloc précédent ; puis réglez le vote et saisissez les décomptes.</translation>
    </message>
    <message>
        <source>Vote &amp;on:</source>
        <translation>V&amp;oter sur :</translation>
    </message>
    <message>
        <source>Only the options typed here</source>
        <translation>Seulement les options tapées ici</translation>
    </message>
</context>
<context>
    <name>VoteTableModel</name>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>All votes</source>
        <translation>Tous les votes</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Désaccord</translation>
    </message>
    <message>
        <source>Not voted</source>
        <translation>Non voté</translation>
    </message>
    <message>
        <source>Dissent: {sectors}</source>
        <translation>Désaccord : {sectors}</translation>
    </message>
    <message>
        <source>{value!r} is not a number of votes; type a whole number such as 4.</source>
        <translation>{value!r} n&apos;est pas un nombre de votes ; tapez un nombre entier comme 4.</translation>
    </message>
    <message>
        <source>A number of votes cannot be negative.</source>
        <translation>Un nombre de votes ne peut pas être négatif.</translation>
    </message>
</context>
<context>
    <name>Votes</name>
    <message>
        <source>The {top} options with the most dots are adopted; a tie at the cut is parked for the room to settle.</source>
        <translation>Les {top} options qui ont le plus de gommettes sont adoptées ; une égalité à la limite est reportée pour que la salle tranche.</translation>
    </message>
    <message>
        <source>The {top} indicators with the most dots are adopted; a tie at the cut is parked for the room to settle.</source>
        <translation>Les {top} indicateurs ayant le plus de gommettes sont adoptés ; une égalité à la limite est reportée pour que la salle tranche.</translation>
    </message>
    <message>
        <source>Adopted when nobody votes below “{level}”.</source>
        <translation>Adopté quand personne ne vote en dessous de « {level} ».</translation>
    </message>
    <message>
        <source>Adopted when at least {share}% vote “{level}” or higher.</source>
        <translation>Adopté quand au moins {share} % votent « {level} » ou plus.</translation>
    </message>
    <message>
        <source>A block always parks the option for the room to discuss.</source>
        <translation>Un blocage reporte toujours l&apos;option pour que la salle en discute.</translation>
    </message>
    <message>
        <source>A block always parks the indicator for the room to discuss.</source>
        <translation>Un blocage reporte toujours l&apos;indicateur pour que la salle en discute.</translation>
    </message>
    <message numerus="yes">
        <source>%n dot</source>
        <translation>
            <numerusform>%n gommette</numerusform>
            <numerusform>%n gommettes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dots</source>
        <translation>
            <numerusform>%n gommette</numerusform>
            <numerusform>%n gommettes</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} fist</source>
        <translation>{n} poing(s)</translation>
    </message>
    <message>
        <source>{n} at {score}</source>
        <translation>{n} à {score}</translation>
    </message>
    <message>
        <source>no votes yet</source>
        <translation>pas encore de votes</translation>
    </message>
    <message>
        <source>{sector}: an average of {mine}, the others {others}. Talk about it before counting it as agreed.</source>
        <translation>{sector} : une moyenne de {mine}, les autres {others}. En parler avant de le considérer comme adopté.</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Not voted</source>
        <translation>Non voté</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Désaccord</translation>
    </message>
    <message>
        <source>{item}: {dissent}</source>
        <translation>{item} : {dissent}</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>{what} (from “{block}”)</source>
        <translation>{what} (de « {block} »)</translation>
    </message>
    <message>
        <source>Votes from phones</source>
        <translation>Votes des téléphones</translation>
    </message>
    <message>
        <source>5 – fully for it</source>
        <translation>5 – tout à fait pour</translation>
    </message>
    <message>
        <source>3 – can live with it</source>
        <translation>3 – je m&apos;en accommode</translation>
    </message>
    <message>
        <source>Fist – block</source>
        <translation>Poing – je bloque</translation>
    </message>
    <message>
        <source>Fist</source>
        <translation>Poing</translation>
    </message>
    <message>
        <source>Love it</source>
        <translation>J&apos;adore</translation>
    </message>
    <message>
        <source>Love</source>
        <translation>Adore</translation>
    </message>
    <message>
        <source>Like it</source>
        <translation>J&apos;aime</translation>
    </message>
    <message>
        <source>Like</source>
        <translation>Aime</translation>
    </message>
    <message>
        <source>Can live with it</source>
        <translation>Je m&apos;en accommode</translation>
    </message>
    <message>
        <source>Live with</source>
        <translation>S&apos;accommode</translation>
    </message>
    <message>
        <source>Lament it</source>
        <translation>Je regrette</translation>
    </message>
    <message>
        <source>Lament</source>
        <translation>Regrette</translation>
    </message>
    <message>
        <source>Loathe it</source>
        <translation>Je déteste</translation>
    </message>
    <message>
        <source>Loathe</source>
        <translation>Déteste</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Je bloque</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Gommettes</translation>
    </message>
    <message>
        <source>Fist-to-five (0–5)</source>
        <translation>Poing à cinq (0–5)</translation>
    </message>
    <message>
        <source>Gradients of agreement</source>
        <translation>Degrés d&apos;accord</translation>
    </message>
    <message>
        <source>Dot votes</source>
        <translation>Vote par gommettes</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adopté</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Écarté</translation>
    </message>
    <message>
        <source>{sector}: an average of {mine:.1f}, the others {others:.1f}. Talk about it before counting it as agreed.</source>
        <translation type="vanished">{sector} : une moyenne de {mine:.1f}, les autres {others:.1f}. En parler avant de le considérer comme adopté.</translation>
    </message>
    <message>
        <source>{n} dots</source>
        <translation type="vanished">{n} gommettes</translation>
    </message>
    <message>
        <source>1 dot</source>
        <translation type="vanished">1 gommette</translation>
    </message>
    <message>
        <source>The {sector} sector averages {mine:.1f}, the others {others:.1f}: talk about it before counting it as agreed.</source>
        <translation type="vanished">Le secteur « {sector} » a une moyenne de {mine:.1f}, les autres de {others:.1f} : parlez-en avant de le considérer comme adopté.</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>Workshop title</source>
        <translation>Titre de l&apos;atelier</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Heure de début :</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>&amp;Ordre du jour :</translation>
    </message>
    <message>
        <source>Planned length in minutes</source>
        <translation>Durée prévue en minutes</translation>
    </message>
    <message>
        <source>Planned &amp;length:</source>
        <translation>D&amp;urée prévue :</translation>
    </message>
    <message>
        <source>Give the workshop a title.</source>
        <translation>Donnez un titre à l&apos;atelier.</translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <source> — over time</source>
        <translation> — dépassé</translation>
    </message>
    <message>
        <source>Block title</source>
        <translation>Titre du bloc</translation>
    </message>
    <message>
        <source>Prompt shown to the room</source>
        <translation>Question affichée à la salle</translation>
    </message>
    <message>
        <source>The question the room sees</source>
        <translation>La question que voit la salle</translation>
    </message>
    <message>
        <source>Facilitator guidance</source>
        <translation>Conseils à l&apos;animateur</translation>
    </message>
    <message>
        <source>Open the guide to this exercise</source>
        <translation>Ouvrir le guide de cet exercice</translation>
    </message>
    <message>
        <source>Purpose, steps, tips and pitfalls (Shift+F1)</source>
        <translation>Finalité, étapes, conseils et pièges (Shift+F1)</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Question :</translation>
    </message>
    <message>
        <source>This workshop has no blocks yet: use Add block or Add from template.</source>
        <translation>Cet atelier n&apos;a pas encore de blocs : utilisez Ajouter un bloc ou Ajouter depuis un modèle.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Guidance — {name}.&lt;/b&gt; {text}</source>
        <translation>&lt;b&gt;Conseils — {name}.&lt;/b&gt; {text}</translation>
    </message>
    <message>
        <source>Block {n} of {total}: {title}</source>
        <translation>Bloc {n} sur {total} : {title}</translation>
    </message>
    <message>
        <source>Add block {title!r}</source>
        <translation>Ajouter le bloc {title!r}</translation>
    </message>
    <message>
        <source>Add template {name!r}</source>
        <translation>Ajouter le modèle {name!r}</translation>
    </message>
    <message>
        <source>Remove block</source>
        <translation>Retirer le bloc</translation>
    </message>
    <message numerus="yes">
        <source>Remove “{title}” and the %n item(s) captured in it? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Retirer « {title} » et %n élément qui y a été saisi ? Vous pouvez l&apos;annuler avec Ctrl+Z.</numerusform>
            <numerusform>Retirer « {title} » et les %n éléments qui y ont été saisis ? Vous pouvez l&apos;annuler avec Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move block</source>
        <translation>Déplacer le bloc</translation>
    </message>
    <message>
        <source>Change timebox</source>
        <translation>Modifier la durée</translation>
    </message>
    <message>
        <source>Rename block</source>
        <translation>Renommer le bloc</translation>
    </message>
    <message>
        <source>Change prompt</source>
        <translation>Modifier la question</translation>
    </message>
    <message>
        <source>Next block</source>
        <translation>Bloc suivant</translation>
    </message>
    <message>
        <source>Previous block</source>
        <translation>Bloc précédent</translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <translation>Lancer ou mettre en pause le minuteur</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation>Remettre le minuteur à zéro</translation>
    </message>
    <message>
        <source>Back to the capture box</source>
        <translation>Retour à la zone de saisie</translation>
    </message>
    <message>
        <source>Rename the block</source>
        <translation>Renommer le bloc</translation>
    </message>
    <message>
        <source>Show or hide the agenda</source>
        <translation>Afficher ou masquer l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Show or hide decisions, actions and the room preview</source>
        <translation>Afficher ou masquer les décisions, les actions et l&apos;aperçu de la salle</translation>
    </message>
    <message>
        <source>Attendance…</source>
        <translation>Présences…</translation>
    </message>
    <message>
        <source>Meeting plan…</source>
        <translation>Plan de la réunion…</translation>
    </message>
    <message>
        <source>Re-plan the rest…</source>
        <translation>Replanifier la suite…</translation>
    </message>
    <message>
        <source>Add a decision</source>
        <translation>Ajouter une décision</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Park a topic</source>
        <translation>Mettre un sujet au parking</translation>
    </message>
    <message>
        <source>Add a facilitator note</source>
        <translation>Ajouter une note de l&apos;animateur</translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <source>Read back</source>
        <translation>Relu</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Decision or action</source>
        <translation>Décision ou action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>pas encore de responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>pas encore de date</translation>
    </message>
    <message>
        <source>Decisions and actions to read back</source>
        <translation>Décisions et actions à relire</translation>
    </message>
    <message>
        <source>Mark read back / not yet (Space)</source>
        <translation>Marquer relu / pas encore (Espace)</translation>
    </message>
    <message>
        <source>How many were read back</source>
        <translation>Combien ont été relus</translation>
    </message>
    <message>
        <source>Read each decision and action aloud and check it with the room. In the list (Alt+R), Space marks the selected one read back and moves to the next. The room sees all but the internal ones, marked as they are here.</source>
        <translation>Lisez chaque décision et chaque action à voix haute et vérifiez-la avec la salle. Dans la liste (Alt+R), Espace marque l&apos;élément sélectionné comme relu et passe au suivant. La salle voit tout sauf les éléments internes, marqués comme ici.</translation>
    </message>
    <message>
        <source>&amp;Read back today&apos;s decisions and actions</source>
        <translation>&amp;Relire les décisions et les actions du jour</translation>
    </message>
    <message>
        <source>&amp;Notes from the wrap-up</source>
        <translation>&amp;Notes de la clôture</translation>
    </message>
    <message>
        <source>Internal: not for the room</source>
        <translation>Interne : pas pour la salle</translation>
    </message>
    <message>
        <source>✔ Read back</source>
        <translation>✔ Relu</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Open question</source>
        <translation>Question ouverte</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>{done} of {total} read back</source>
        <translation>{done} relus sur {total}</translation>
    </message>
    <message>
        <source>Mark read back</source>
        <translation>Marquer relu</translation>
    </message>
    <message>
        <source>Mark not read back</source>
        <translation>Marquer non relu</translation>
    </message>
</context>
</TS>
