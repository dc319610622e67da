<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActionItemsModel</name>
    <message>
        <location filename="../../chairdesk/gui/views/dashboard/models.py" line="+71"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action item</source>
        <translation>Action de suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no owner)</source>
        <translation>(sans responsable)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{date} · overdue</source>
        <translation>{date} · en retard</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../chairdesk/gui/views/meetings/actions_model.py" line="+30"/>
        <source>Action item</source>
        <translation>Action de suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Tick when the action item is done</source>
        <translation>Cocher lorsque l&apos;action de suivi est terminée</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Edit action item</source>
        <translation>Modifier l&apos;action de suivi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close action item</source>
        <translation>Clore l&apos;action de suivi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reopen action item</source>
        <translation>Rouvrir l&apos;action de suivi</translation>
    </message>
</context>
<context>
    <name>ActivitiesPanel</name>
    <message>
        <location filename="../../chairdesk/gui/views/workplan/activities.py" line="+144"/>
        <source>Add activity</source>
        <translation>Ajouter une activité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add output</source>
        <translation>Ajouter un produit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>{n} activities · {done} completed</source>
        <translation>{n} activités · {done} achevées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · ⚠ {n} overdue</source>
        <translation> · ⚠ {n} en retard</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Add an output</source>
        <translation>Ajouter un produit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New output</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add an output first: activities belong to an output.</source>
        <translation>Ajoutez d&apos;abord un produit : les activités relèvent d&apos;un produit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add an activity</source>
        <translation>Ajouter une activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New activity</source>
        <translation>Nouvelle activité</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove activity {code}</source>
        <translation>Retirer l&apos;activité {code}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed activity {code}. Undo (Ctrl+Z) brings it back.</source>
        <translation>Activité {code} retirée. Annuler (Ctrl+Z) la rétablit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove output {code}</source>
        <translation>Retirer le produit {code}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed output {code} and its {n} activities. Undo (Ctrl+Z) brings them back.</source>
        <translation>Produit {code} retiré avec ses {n} activités. Annuler (Ctrl+Z) les rétablit.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Move activity {code}</source>
        <translation>Déplacer l&apos;activité {code}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move output {code}</source>
        <translation>Déplacer le produit {code}</translation>
    </message>
</context>
<context>
    <name>ActivityDetailsPanel</name>
    <message>
        <location filename="../../chairdesk/gui/views/workplan/details.py" line="+145"/>
        <source>Activity {code} of output {output}</source>
        <translation>Activité {code} du produit {output}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{n} % done</source>
        <translation>{n}&#xa0;% réalisé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{start} to {due}</source>
        <translation>du {start} au {due}</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Rename activity {code}</source>
        <translation>Renommer l&apos;activité {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the indicator of {code}</source>
        <translation>Changer l&apos;indicateur de {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the description of {code}</source>
        <translation>Changer la description de {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the funding of {code}</source>
        <translation>Changer le financement de {code}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change the entities of {code}</source>
        <translation>Changer les entités de {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit activity {code}</source>
        <translation>Modifier l&apos;activité {code}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No entity is called {acronym}.</source>
        <translation>Aucune entité ne porte le sigle {acronym}.</translation>
    </message>
</context>
<context>
    <name>ActivityStatus</name>
    <message>
        <location filename="../../chairdesk/gui/views/workplan_status.py" line="+42"/>
        <source>Not started</source>
        <extracomment>The order people expect the statuses in (a combo box, a filter, a legend).</extracomment>
        <translation>Non commencée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Achevée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delayed</source>
        <translation>Retardée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../chairdesk/gui/views/meetings/agenda_model.py" line="+47"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenter</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Traité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When the item starts: the meeting&apos;s start plus the items before it</source>
        <translation>Heure de début du point : début de la réunion plus la durée des points précédents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The work-plan activity the item reports on</source>
        <translation>L&apos;activité du plan de travail dont le point rend compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unfinished items can be carried over to the next meeting</source>
        <translation>Les points non traités peuvent être reportés à la réunion suivante</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs past the meeting&apos;s end ({end})</source>
        <translation>Dépasse la fin de la réunion ({end})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Mark agenda item done</source>
        <translation>Marquer le point comme traité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark agenda item not done</source>
        <translation>Marquer le point comme non traité</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Edit agenda item</source>
        <translation>Modifier le point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move agenda item</source>
        <translation>Déplacer le point de l&apos;ordre du jour</translation>
    </message>
</context>
<context>
    <name>AsAtBar</name>
    <message>
        <location filename="../../chairdesk/gui/window_notices.py" line="+108"/>
        <source>Back to Today</source>
        <translation>Revenir à aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You are seeing this workspace as at {date}: the chair, the next meeting and handover, what is due and what is overdue are as on that day, not today ({today}).</source>
        <translation>Vous voyez cet espace de travail à la date du {date}&#xa0;: la présidence, la prochaine réunion et la prochaine passation, les échéances et les retards sont ceux de ce jour-là, pas d&apos;aujourd&apos;hui ({today}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>See the workspace as on another day:</source>
        <translation>Voir l&apos;espace de travail à une autre date&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../chairdesk/gui/views/meetings/attendance_model.py" line="+29"/>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Mark {entity} present</source>
        <translation>Marquer {entity} comme présente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark {entity} absent</source>
        <translation>Marquer {entity} comme absente</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../chairdesk/gui/dialogs/restore.py" line="+52"/>
        <source>Made</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daily backup</source>
        <translation>Sauvegarde quotidienne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made by hand</source>
        <translation>Faite manuellement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before an upgrade of ChairDesk</source>
        <translation>Avant une mise à niveau de ChairDesk</translation>
    </message>
</context>
<context>
    <name>ChairStatusLabel</name>
    <message>
        <location filename="../../chairdesk/gui/window_notices.py" line="+28"/>
        <source>Chair on {date}: {entity}</source>
        <translation>Présidence au {date}&#xa0;: {entity}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chair: none on {date}</source>
        <translation>Présidence&#xa0;: aucune au {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chair: {entity}</source>
        <translation>Présidence&#xa0;: {entity}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chair: none today</source>
        <translation>Présidence&#xa0;: aucune à ce jour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · next: {entity} from {date}</source>
        <translation> · ensuite&#xa0;: {entity} à partir du {date}</translation>
    </message>
</context>
<context>
    <name>ChairTermsModel</name>
    <message>
        <location filename="../../chairdesk/gui/views/composition/chair_models.py" line="+66"/>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarters</source>
        <translation>Trimestres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>from rotation</source>
        <translation>plan de rotation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>manual</source>
        <translation>manuel</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Generated by the rotation plan: change the plan to change it.</source>
        <translation>Généré par le plan de rotation : modifiez le plan pour le modifier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit {entity}&apos;s chair term</source>
        <translation>Modifier le mandat de présidence de {entity}</translation>
    </message>
</context>
<context>
    <name>ChairTermsPanel</name>
    <message>
        <location filename="../../chairdesk/gui/views/composition/chair_terms.py" line="+119"/>
        <source>Change the rotation plan to change its terms.</source>
        <extracomment>Who chairs today, in words, after each reload of a group&apos;s terms.</extracomment>
        <translation>Modifiez le plan de rotation pour modifier ses mandats.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected manual term (Del)</source>
        <translation>Retirer le mandat manuel sélectionné (Suppr)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add {entity}&apos;s chair term</source>
        <translation>Ajouter le mandat de présidence de {entity}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove {entity}&apos;s chair term</source>
        <translation>Retirer le mandat de présidence de {entity}</translation>
    </message>
</context>
<context>
    <name>CompilePanel</name>
    <message>
        <location filename="../../chairdesk/gui/views/review/compile_panel.py" line="+103"/>
        <source>Year-in-Review-{year}</source>
        <translation>Bilan-de-l-annee-{year}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compile the Year in Review</source>
        <translation>Compiler le bilan de l’année</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Compiling the chapter of {group}…</source>
        <translation>Compilation du chapitre&#xa0;: {group}…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Compiling the Year in Review…</source>
        <translation>Compilation du bilan de l’année…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The review could not be compiled: {problem}</source>
        <translation>Le bilan n’a pas pu être compilé&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved {path}</source>
        <translation>Enregistré&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/review_compile_panel.ui" line="+14"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The language of the report&apos;s headings, labels and sentences drafted from the records; the chairs&apos; text is compiled as they wrote it</source>
        <translation>La langue des titres, des libellés et des phrases du rapport rédigées à partir des données&#xa0;; le texte des présidences est compilé tel qu’elles l’ont écrit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Groups of:</source>
        <translation>&amp;Groupes de travail du&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the working groups belong to, as the report names it (&quot;the eight … working groups&quot;)</source>
        <translation>Ce dont relèvent les groupes de travail, tel que le rapport le nomme («&#xa0;les huit groupes de travail du…&#xa0;»)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Compile…</source>
        <translation>&amp;Compiler…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compile the Year in Review and save it as a Word document (Ctrl+E)</source>
        <translation>Compiler le bilan de l’année et l’enregistrer comme document Word (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Preview of the compiled review:</source>
        <translation>Aperçu du bilan compilé&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compile the review to read it here.</source>
        <translation>Compilez le bilan pour le lire ici.</translation>
    </message>
</context>
<context>
    <name>CompositionChairTermsForm</name>
    <message>
        <location filename="../../ui/composition_chair_terms.ui" line="+21"/>
        <source>All chair terms of the group</source>
        <translation>Tous les mandats de présidence du groupe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add a manual term:</source>
        <translation>Ajouter un mandat manuel&#xa0;:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>from</source>
        <translation>à partir du</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The last day of the term; Delete for an open-ended term</source>
        <translation>Le dernier jour du mandat ; Suppr pour un mandat sans date de fin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add term</source>
        <translation>Ajouter le mandat</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remove term</source>
        <translation>Retirer le mandat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected manual term (Del)</source>
        <translation>Retirer le mandat manuel sélectionné (Suppr)</translation>
    </message>
</context>
<context>
    <name>CompositionContactsForm</name>
    <message>
        <location filename="../../ui/composition_contacts.ui" line="+21"/>
        <source>Show the focal points of every working group</source>
        <translation>Afficher les points focaux de tous les groupes de travail</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>name@example.org</source>
        <translation>nom@exemple.org</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>For all groups</source>
        <translation>Pour tous les groupes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add focal point</source>
        <translation>Ajouter le point focal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected focal point (Del)</source>
        <translation>Retirer le point focal sélectionné (Suppr)</translation>
    </message>
</context>
<context>
    <name>CompositionDetailsForm</name>
    <message>
        <location filename="../../ui/composition_details.ui" line="+26"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Name in French</source>
        <translation>Nom en français</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Strategy pillar</source>
        <translation>Pilier de la Stratégie</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Time zone of meetings</source>
        <translation>Fuseau horaire des réunions</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Mandate</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Primary objectives</source>
        <translation>Objectifs principaux</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Terms of reference</source>
        <translation>Cadre de référence</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>revised</source>
        <translation>révisé le</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+40"/>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>No revision date</source>
        <translation>Pas de date de révision</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>submitted to the secretariat</source>
        <translation>soumis au secrétariat le</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No submission date</source>
        <translation>Pas de date de soumission</translation>
    </message>
</context>
<context>
    <name>CompositionEntitiesForm</name>
    <message>
        <location filename="../../ui/composition_entities.ui" line="+21"/>
        <source>Filter entities (Ctrl+F)</source>
        <translation>Filtrer les entités (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>UNICRI</source>
        <translation>UNICRI</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add entity</source>
        <translation>Ajouter l&apos;entité</translation>
    </message>
</context>
<context>
    <name>CompositionForm</name>
    <message>
        <location filename="../../ui/composition_view.ui" line="+36"/>
        <source>Composition</source>
        <translation>Composition</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>New working group…</source>
        <translation>Nouveau groupe de travail…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set up another working group in this workspace</source>
        <translation>Créer un autre groupe de travail dans cet espace de travail</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New working group</source>
        <translation>Nouveau groupe de travail</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the working group its acronym, name and Strategy pillar. Mandate, objectives and members follow on the next tabs.</source>
        <translation>Indiquez le sigle, le nom et le pilier de la Stratégie du groupe de travail. Le mandat, les objectifs et les membres se renseignent dans les onglets suivants.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Acron&amp;ym</source>
        <translation>Si&amp;gle</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ETCIP</source>
        <translation>ETCIP</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Emerging Threats and Critical Infrastructure Protection</source>
        <translation>Menaces émergentes et protection des infrastructures critiques</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Pillar</source>
        <translation>P&amp;ilier</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Create working group</source>
        <translation>Créer le groupe de travail</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Members</source>
        <translation>&amp;Membres</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>F&amp;ocal points</source>
        <translation>&amp;Points focaux</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Chairmanship</source>
        <translation>Pré&amp;sidence</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>En&amp;tities</source>
        <translation>En&amp;tités</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>All g&amp;roups</source>
        <translation>Tous les gro&amp;upes</translation>
    </message>
</context>
<context>
    <name>CompositionGroupsForm</name>
    <message>
        <location filename="../../ui/composition_groups.ui" line="+21"/>
        <source>Every working group of the workspace. Double-click a group (or press Return) to work on it.</source>
        <translation>Tous les groupes de travail de l&apos;espace de travail. Double-cliquez sur un groupe (ou appuyez sur Entrée) pour y travailler.</translation>
    </message>
</context>
<context>
    <name>CompositionMembersForm</name>
    <message>
        <location filename="../../ui/composition_members.ui" line="+23"/>
        <source>C&amp;urrent members</source>
        <translation>Membres &amp;actuels</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All hi&amp;story (each entity&apos;s role over time)</source>
        <translation>Tout l&apos;&amp;historique (le rôle de chaque entité au fil du temps)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Entity (Ins)</source>
        <translation>Entité (Inser)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>as</source>
        <translation>en tant que</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>from</source>
        <translation>à partir du</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add member</source>
        <translation>Ajouter le membre</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select a membership to end it or change its role.</source>
        <translation>Sélectionnez une participation pour y mettre fin ou en changer le rôle.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The membership&apos;s last day, or the first day of the new role</source>
        <translation>Le dernier jour de la participation, ou le premier jour du nouveau rôle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>End membersh&amp;ip</source>
        <translation>Mettre &amp;fin à la participation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>or from that day be</source>
        <translation>ou, à partir de ce jour, devenir</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change ro&amp;le</source>
        <translation>Changer de &amp;rôle</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the membership, e.g. one entered by mistake (Del). Undo brings it back.</source>
        <translation>Retirer la participation, par exemple saisie par erreur (Suppr). Annuler la rétablit.</translation>
    </message>
</context>
<context>
    <name>CompositionRotationForm</name>
    <message>
        <location filename="../../ui/composition_rotation.ui" line="+21"/>
        <source>Rotation plan</source>
        <translation>Plan de rotation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The group&apos;s rotation plans</source>
        <translation>Les plans de rotation du groupe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New plan</source>
        <translation>Nouveau plan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove plan</source>
        <translation>Retirer le plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the plan and the chair terms it generated</source>
        <translation>Retirer le plan et les mandats de présidence qu&apos;il a générés</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The order in which the entities take the Chair. Ctrl+Up / Ctrl+Down or drag to reorder; Del removes.</source>
        <translation>L&apos;ordre dans lequel les entités assurent la présidence. Ctrl+Haut / Ctrl+Bas ou glisser pour réordonner ; Suppr retire.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An entity of the group (Ins)</source>
        <translation>Une entité du groupe (Inser)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add to rotation</source>
        <translation>Ajouter à la rotation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Terms of</source>
        <translation>Durée des mandats&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>from</source>
        <translation>à partir du</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>until</source>
        <translation>jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Revert</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget the changes to this plan</source>
        <translation>Abandonner les modifications de ce plan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Apply rotation</source>
        <translation>&amp;Appliquer la rotation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the plan and replace the chair terms it generated (Ctrl+Return)</source>
        <translation>Enregistrer le plan et remplacer les mandats de présidence qu&apos;il a générés (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Chair terms the plan generates</source>
        <translation>Mandats que génère le plan</translation>
    </message>
</context>
<context>
    <name>CompositionView</name>
    <message>
        <location filename="../../chairdesk/gui/views/composition/panel.py" line="+183"/>
        <source>I — Conditions conducive to the spread of terrorism</source>
        <extracomment>The tables whose changes this panel shows. The pillars of the UN Global Counter-Terrorism Strategy, as the combo boxes show them.</extracomment>
        <translation>I — Conditions propices à la propagation du terrorisme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>II — Preventing and combating terrorism</source>
        <translation>II — Prévenir et combattre le terrorisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>III — Building States’ capacity</source>
        <translation>III — Renforcer les capacités des États</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IV — Human rights and the rule of law</source>
        <translation>IV — Droits de l&apos;homme et état de droit</translation>
    </message>
    <message>
        <location filename="../../chairdesk/gui/views/composition/chair_terms.py" line="-105"/>
        <source>No chair terms yet: set up the rotation on the Chairmanship tab.</source>
        <translation>Aucun mandat de présidence pour l&apos;instant : établissez la rotation dans l&apos;onglet Présidence.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chair on {day}: {entity} (since {date})</source>
        <translation>Présidence au {day}&#xa0;: {entity} (depuis le {date})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chair today: {entity} (since {date})</source>
        <translation>Présidence actuelle&#xa0;: {entity} (depuis le {date})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No chair on {day}</source>
        <translation>Pas de présidence au {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No chair today</source>
        <translation>Pas de présidence à ce jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (last: {entity}, until {date})</source>
        <translation> (dernière&#xa0;: {entity}, jusqu&apos;au {date})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — next handover: {entity} on {date}</source>
        <translation> — prochaine passation&#xa0;: {entity} le {date}</translation>
    </message>
    <message>
        <location filename="../../chairdesk/gui/views/composition/__init__.py" line="+148"/>
        <source>Create working group {acronym}</source>
        <translation>Créer le groupe de travail {acronym}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{acronym} — {name}</source>
        <translation>{acronym} — {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a working group</source>
        <translation>Choisissez un groupe de travail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick it in the toolbar, or on the All groups tab.</source>
        <translation>Choisissez-le dans la barre d&apos;outils ou dans l&apos;onglet Tous les groupes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set up your working group</source>
        <translation>Créez votre groupe de travail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This workspace has no working group yet. Create yours here; add the entities that take part in it on the Entities tab.</source>
        <translation>Cet espace de travail ne contient encore aucun groupe de travail. Créez le vôtre ici ; ajoutez les entités qui y participent dans l&apos;onglet Entités.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the working group its acronym, name and Strategy pillar. Mandate, objectives, members and the chair rotation follow on the tabs below.</source>
        <translation>Indiquez le sigle, le nom et le pilier de la Stratégie du groupe de travail. Le mandat, les objectifs, les membres et la rotation de la présidence se renseignent dans les onglets ci-dessous.</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../chairdesk/gui/views/composition/contacts.py" line="+45"/>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+22"/>
        <source>All groups</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit focal point {name}</source>
        <translation>Modifier le point focal {name}</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <location line="+77"/>
        <source>Add focal point {name}</source>
        <translation>Ajouter le point focal {name}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove focal point {name}</source>
        <translation>Retirer le point focal {name}</translation>
    </message>
</context>
<context>
    <name>DashboardForm</name>
    <message>
        <location filename="../../ui/dashboard_view.ui" line="+43"/>
        <source>Next meeting</source>
        <translation>Prochaine réunion</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Action items</source>
        <translation>Actions de suivi</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Work plan</source>
        <translation>Plan de travail</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Open action items</source>
        <translation>Actions de suivi en cours</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../chairdesk/gui/views/dashboard/__init__.py" line="+121"/>
        <location line="+2"/>
        <source>The chart appears here.</source>
        <translation>Le graphique s&apos;affiche ici.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>No working group chosen</source>
        <translation>Aucun groupe de travail choisi</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>No working group chosen.</source>
        <translation>Aucun groupe de travail choisi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chair: none on {date}</source>
        <translation>Présidence&#xa0;: aucune au {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chair: none today</source>
        <translation>Présidence&#xa0;: aucune à ce jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chair: {entity} until {date}</source>
        <translation>Présidence&#xa0;: {entity} jusqu&apos;au {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chair: {entity}</source>
        <translation>Présidence&#xa0;: {entity}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; {entity} from {date}</source>
        <translation> ; {entity} à partir du {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No meeting planned</source>
        <translation>Aucune réunion prévue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in {n} days</source>
        <translation>dans {n} jours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no agenda yet</source>
        <translation>pas encore d&apos;ordre du jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 agenda item ({minutes} min)</source>
        <translation>1 point à l&apos;ordre du jour ({minutes} min)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} agenda items ({minutes} min)</source>
        <translation>{n} points à l&apos;ordre du jour ({minutes} min)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{date}, {time}&lt;/b&gt; ({when})&lt;br&gt;{title}&lt;br&gt;{kind} · {agenda}</source>
        <translation>&lt;b&gt;{date}, {time}&lt;/b&gt; ({when})&lt;br&gt;{title}&lt;br&gt;{kind} · {agenda}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No open action items</source>
        <translation>Aucune action de suivi en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 open action item</source>
        <translation>1 action de suivi en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} open action items</source>
        <translation>{n} actions de suivi en cours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count}, ⚠ {n} overdue</source>
        <translation>{count}, ⚠ {n} en retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count}, none overdue</source>
        <translation>{count}, aucune en retard</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{q1} and {q2} {year}</source>
        <translation>{q1} et {q2} {year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{first} and {last}</source>
        <translation>{first} et {last}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activities due in {window}</source>
        <translation>Activités à échéance ({window})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No activities due in {window}</source>
        <translation>Aucune activité à échéance ({window})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 activity due in {window}</source>
        <translation>1 activité à échéance ({window})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} activities due in {window}</source>
        <translation>{n} activités à échéance ({window})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count}, {done} completed</source>
        <translation>{count}, {done} achevées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No overdue activities</source>
        <translation>Aucune activité en retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ 1 overdue activity</source>
        <translation>⚠ 1 activité en retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ {n} overdue activities</source>
        <translation>⚠ {n} activités en retard</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Activity status by output, {period} work plan</source>
        <translation>État des activités par produit, plan de travail {period}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity status by output</source>
        <translation>État des activités par produit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No activities in the current work plan.</source>
        <translation>Aucune activité dans le plan de travail en cours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No work plan yet.</source>
        <translation>Pas encore de plan de travail.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meetings per quarter, {years}</source>
        <translation>Réunions par trimestre, {years}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No meetings in {years}.</source>
        <translation>Aucune réunion en {years}.</translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <location filename="../../chairdesk/gui/views/workplan/cells.py" line="+174"/>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <location filename="../../chairdesk/gui/views/meetings/decisions_model.py" line="+18"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Edit decision</source>
        <translation>Modifier la décision</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../chairdesk/gui/views/composition/details.py" line="+81"/>
        <source>As French documents name it, in full: “Groupe de travail sur …”</source>
        <translation>Tel que les documents français le nomment, en entier&#xa0;: «&#xa0;Groupe de travail sur …&#xa0;»</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What the working group is for, as its terms of reference say.</source>
        <translation>La raison d&apos;être du groupe de travail, selon son cadre de référence.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The working group&apos;s primary objectives.</source>
        <translation>Les objectifs principaux du groupe de travail.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This computer’s zone</source>
        <translation>Fuseau de cet ordinateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time zone the group&apos;s meeting times are written in (Europe/Vienna, America/New_York). Calendars sent to members in other zones show the meetings at their own local time.</source>
        <translation>Le fuseau horaire dans lequel l’heure des réunions du groupe est indiquée (Europe/Vienna, America/New_York). Les calendriers envoyés aux membres d’autres fuseaux affichent les réunions à leur heure locale.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>acronym</source>
        <translation>sigle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name in French</source>
        <translation>nom en français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time zone</source>
        <translation>fuseau horaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pillar</source>
        <translation>pilier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mandate</source>
        <translation>mandat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>primary objectives</source>
        <translation>objectifs principaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>terms-of-reference revision date</source>
        <translation>date de révision du cadre de référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>terms-of-reference submission date</source>
        <translation>date de soumission du cadre de référence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit the group&apos;s {field}</source>
        <translation>Modifier le champ « {field} » du groupe</translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message>
        <location filename="../../chairdesk/gui/views/sync/models.py" line="+41"/>
        <source>Laptop</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device id</source>
        <translation>Identifiant de l&apos;appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last change received</source>
        <translation>Dernière modification reçue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (this laptop)</source>
        <translation>{name} (cet ordinateur)</translation>
    </message>
</context>
<context>
    <name>DocumentExport</name>
    <message>
        <location filename="../../chairdesk/gui/document_export.py" line="+100"/>
        <source>{heading}: nothing recorded for {year}; the section is left out.</source>
        <translation>{heading}&#xa0;: rien n’est enregistré pour {year}&#xa0;; la section est omise.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{heading}: no text of the chair&apos;s for {year} yet; the open items are listed as a starting point.</source>
        <translation>{heading}&#xa0;: la présidence n’a pas encore rédigé de texte pour {year}&#xa0;; les points en suspens sont énumérés comme point de départ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{group} has no French name recorded; its English name is used. Record it in Composition.</source>
        <translation>Aucun nom français n’est enregistré pour {group}&#xa0;; son nom anglais est utilisé. Enregistrez-le dans Composition.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{group} has no time zone recorded; its meeting times were taken as {zone} time, this computer&apos;s. Record the group&apos;s zone in Composition.</source>
        <translation>Aucun fuseau horaire n’est enregistré pour {group}&#xa0;; l’heure de ses réunions a été lue dans le fuseau {zone}, celui de cet ordinateur. Enregistrez le fuseau du groupe dans Composition.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template {template} has no &quot;{style}&quot; style; one was made from its own &quot;{base}&quot; style.</source>
        <translation>Le modèle {template} n’a pas de style «&#xa0;{style}&#xa0;»&#xa0;; il a été créé à partir de son propre style «&#xa0;{base}&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The template {template} puts the header or footer {distance} cm from the edge of the page, where printers cut it off; it was placed {placed} cm from the edge.</source>
        <translation>Le modèle {template} place l’en-tête ou le pied de page à {distance}&#xa0;cm du bord de la page, où les imprimantes le coupent&#xa0;; il a été placé à {placed}&#xa0;cm du bord.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path}: no such template file</source>
        <translation>{path}&#xa0;: ce modèle n’existe pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: ChairDesk&apos;s default template is missing from this installation</source>
        <translation>{path}&#xa0;: le modèle par défaut de ChairDesk manque à cette installation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path}: cannot read the template ({reason})</source>
        <translation>{path}&#xa0;: le modèle ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: not a Word document (.docx); choose a .docx or .dotx file as the template</source>
        <translation>{path}&#xa0;: ce n’est pas un document Word (.docx)&#xa0;; choisissez un fichier .docx ou .dotx comme modèle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path}: a macro-enabled Word file cannot serve as a template; save it as a .docx first</source>
        <translation>{path}&#xa0;: un fichier Word avec macros ne peut pas servir de modèle&#xa0;; enregistrez-le d’abord au format .docx</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path}: too large for a template ({size} MB once unpacked; at most {limit} MB)</source>
        <translation>{path}&#xa0;: trop volumineux pour un modèle ({size}&#xa0;Mo une fois décompressé&#xa0;; {limit}&#xa0;Mo au plus)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path}: cannot write ({reason})</source>
        <translation>{path}&#xa0;: écriture impossible ({reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{group}: {note}</source>
        <translation>{group}&#xa0;: {note}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{group}: nothing received for {year}; named as not yet received.</source>
        <translation>{group}&#xa0;: rien n’a été reçu pour {year}&#xa0;; le groupe est cité comme n’ayant pas encore envoyé sa contribution.</translation>
    </message>
</context>
<context>
    <name>DocumentExporter</name>
    <message>
        <location line="+92"/>
        <source>iCalendar file (*.ics)</source>
        <translation>Fichier iCalendar (*.ics)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word document (*.docx)</source>
        <translation>Document Word (*.docx)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Saved {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export failed: {message}</source>
        <translation>Échec de l&apos;exportation&#xa0;: {message}</translation>
    </message>
</context>
<context>
    <name>DueActivitiesModel</name>
    <message>
        <location filename="../../chairdesk/gui/views/dashboard/models.py" line="+25"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{status} ({n} %)</source>
        <translation>{status} ({n}&#xa0;%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{status} · overdue</source>
        <translation>{status} · en retard</translation>
    </message>
</context>
<context>
    <name>DuplicateMeetingDialog</name>
    <message>
        <location filename="../../chairdesk/gui/dialogs/duplicate_meeting.py" line="+37"/>
        <source>Duplicate meeting</source>
        <translation>Dupliquer la réunion</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A copy of the meeting of {date} with its agenda (every item to do). Attendance, summary, decisions and action items are not copied.</source>
        <translation>Une copie de la réunion du {date} avec son ordre du jour (tous les points à traiter). La participation, le compte rendu, les décisions et les actions de suivi ne sont pas copiés.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Give the meeting a title.</source>
        <translation>Donnez un titre à la réunion.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicate_meeting_dialog.ui" line="+21"/>
        <source>&amp;New start:</source>
        <translation>&amp;Nouveau début&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
</context>
<context>
    <name>EntitiesModel</name>
    <message>
        <location filename="../../chairdesk/gui/views/composition/entities.py" line="+32"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UN / non-UN</source>
        <translation>ONU / hors ONU</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit entity {acronym}</source>
        <translation>Modifier l&apos;entité {acronym}</translation>
    </message>
</context>
<context>
    <name>EntitiesPanel</name>
    <message>
        <location line="+45"/>
        <source>Add entity {acronym}</source>
        <translation>Ajouter l&apos;entité {acronym}</translation>
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message>
        <location filename="../../chairdesk/gui/views/reports/export_bar.py" line="+83"/>
        <source>Annual submission</source>
        <translation>Contribution annuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Composition annex (all groups)</source>
        <translation>Annexe sur la composition (tous les groupes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover pack</source>
        <translation>Dossier de passation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting calendar (iCalendar)</source>
        <translation>Calendrier des réunions (iCalendar)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the chosen document as a file (Ctrl+E)</source>
        <translation>Enregistrer le document choisi dans un fichier (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Choose a working group first.</source>
        <translation>Choisissez d&apos;abord un groupe de travail.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Writing the {year} submission…</source>
        <translation>Rédaction de la contribution {year}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the composition annex…</source>
        <translation>Rédaction de l&apos;annexe sur la composition…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the handover pack…</source>
        <translation>Rédaction du dossier de passation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the meeting calendar…</source>
        <translation>Rédaction du calendrier des réunions…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export the annual submission</source>
        <translation>Exporter la contribution annuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the composition annex</source>
        <translation>Exporter l&apos;annexe sur la composition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the handover pack</source>
        <translation>Exporter le dossier de passation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the meeting calendar</source>
        <translation>Exporter le calendrier des réunions</translation>
    </message>
</context>
<context>
    <name>ExportResultBar</name>
    <message>
        <location filename="../../chairdesk/gui/document_export.py" line="-99"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the document with its application</source>
        <translation>Ouvrir le document dans son application</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the folder that holds the document</source>
        <translation>Afficher le dossier qui contient le document</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved {name} in {folder}.</source>
        <translation>{name} enregistré dans {folder}.</translation>
    </message>
</context>
<context>
    <name>FundingStatus</name>
    <message>
        <location filename="../../chairdesk/gui/views/workplan_status.py" line="+7"/>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funded</source>
        <translation>Financée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partially funded</source>
        <translation>Partiellement financée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unfunded</source>
        <translation>Non financée</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <location filename="../../chairdesk/gui/models.py" line="+188"/>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair today</source>
        <translation>Présidence actuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next handover</source>
        <translation>Prochaine passation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (last: {entity}, until {date})</source>
        <translation>aucune (dernière&#xa0;: {entity}, jusqu&apos;au {date})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{entity} from {date}</source>
        <translation>{entity} à partir du {date}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../chairdesk/gui/dialogs/history.py" line="+68"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>History of {record}</source>
        <translation>Historique de {record}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changes to this record made here and received from the other laptops, newest first. When two laptops changed the same field, the value one of them replaced is kept here.</source>
        <translation>Les modifications de cet enregistrement faites ici et reçues des autres ordinateurs, les plus récentes en premier. Lorsque deux ordinateurs ont modifié le même champ, la valeur que l&apos;un d&apos;eux a remplacée est conservée ici.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No history yet: changes are recorded once the workspace syncs through a shared folder.</source>
        <translation>Pas encore d&apos;historique : les modifications sont enregistrées dès que l&apos;espace de travail se synchronise par un dossier partagé.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restore {field}</source>
        <translation>Restaurer « {field} »</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field} is back to “{value}”.</source>
        <translation>« {field} » est revenu à « {value} ».</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location line="-95"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laptop</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value it replaced</source>
        <translation>Valeur remplacée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} (this laptop)</source>
        <translation>{name} (cet ordinateur)</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../ui/history_dialog.ui" line="+32"/>
        <source>&amp;Restore the Overwritten Value</source>
        <translation>&amp;Restaurer la valeur remplacée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>MainView</name>
    <message>
        <location filename="../../ui/main_window.ui" line="+33"/>
        <source>Welcome to ChairDesk</source>
        <translation>Bienvenue dans ChairDesk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This workspace has no working group yet. Start from the example — the eight working groups of the Counter-Terrorism Compact in 2022 — or set up your own working group.</source>
        <translation>Cet espace de travail ne contient encore aucun groupe de travail. Partez de l&apos;exemple — les huit groupes de travail du Pacte mondial de coordination contre le terrorisme en 2022 — ou créez votre propre groupe de travail.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the example workspace</source>
        <translation>Ouvrir l&apos;espace de travail d&apos;exemple</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set up my working group</source>
        <translation>Créer mon groupe de travail</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create a new workspace file…</source>
        <translation>Créer un nouveau fichier d&apos;espace de travail…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Join a shared folder</source>
        <translation>Rejoindre un dossier partagé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compile the groups&apos; submissions (the secretariat&apos;s Year in Review)</source>
        <translation>Compiler les contributions des groupes (le bilan de l’année du secrétariat)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../chairdesk/gui/dialogs/workspace_file.py" line="+20"/>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <location filename="../../chairdesk/gui/app.py" line="+324"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work plan</source>
        <translation>Plan de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Composition</source>
        <translation>Composition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location line="-195"/>
        <location line="+129"/>
        <source>The working group you are working on (Ctrl+G)</source>
        <translation>Le groupe de travail sur lequel vous travaillez (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../chairdesk/gui/dialogs/workspace_file.py" line="-16"/>
        <source>ChairDesk workspace (*.sqlite3)</source>
        <translation>Espace de travail ChairDesk (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../chairdesk/gui/app.py" line="-104"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un espace &amp;récent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load the &amp;Example Workspace</source>
        <translation>Charger l&apos;espace de travail d&apos;&amp;exemple</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore from &amp;Backup…</source>
        <translation>Restaurer depuis une &amp;sauvegarde…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Trash…</source>
        <translation>&amp;Corbeille…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History of the Selected Record…</source>
        <translation>&amp;Historique de l&apos;enregistrement sélectionné…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose &amp;Working Group</source>
        <translation>Choisir le &amp;groupe de travail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See as at Another &amp;Day…</source>
        <translation>Voir à une autre &amp;date…</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ChairDesk</source>
        <translation>À &amp;propos de ChairDesk</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Working group: </source>
        <translation> Groupe de travail&#xa0;: </translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Select a meeting or an activity to see its history.</source>
        <translation>Sélectionnez une réunion ou une activité pour en voir l&apos;historique.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>About ChairDesk</source>
        <translation>À propos de ChairDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ChairDesk {version}
The desk of an inter-agency working group&apos;s chair.</source>
        <translation>ChairDesk {version}
Le bureau de la présidence d&apos;un groupe de travail interinstitutions.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Year in Review</source>
        <translation>Bilan de l’année</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{title} — ChairDesk</source>
        <translation>{title} — ChairDesk</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../chairdesk/gui/workspace_session.py" line="+235"/>
        <source>ChairDesk refuses to use {path}: {problem}.</source>
        <translation>ChairDesk refuse d&apos;utiliser {path}&#xa0;: {problem}.</translation>
    </message>
</context>
<context>
    <name>MeetingActionsPanel</name>
    <message>
        <location filename="../../chairdesk/gui/views/meetings/actions.py" line="+34"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Add action item</source>
        <translation>&amp;Ajouter une action de suivi</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+28"/>
        <source>&amp;Close</source>
        <translation>Cl&amp;ore</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Close the action item, or reopen it if it is done</source>
        <translation>Clore l&apos;action de suivi, ou la rouvrir si elle est terminée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove action item</source>
        <translation>&amp;Retirer l&apos;action de suivi</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Re&amp;open</source>
        <translation>Rou&amp;vrir</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New action item</source>
        <translation>Nouvelle action de suivi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add action item</source>
        <translation>Ajouter une action de suivi</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove action item</source>
        <translation>Retirer une action de suivi</translation>
    </message>
</context>
<context>
    <name>MeetingAgendaPanel</name>
    <message>
        <location filename="../../chairdesk/gui/views/meetings/agenda.py" line="+45"/>
        <source>(none)</source>
        <extracomment>How long a new agenda item lasts until the chair says otherwise.</extracomment>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Add item</source>
        <translation>&amp;Ajouter un point</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add an agenda item after the current one</source>
        <translation>Ajouter un point à l&apos;ordre du jour après le point en cours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove item</source>
        <translation>&amp;Retirer le point</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the current agenda item</source>
        <translation>Retirer le point en cours de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move &amp;up</source>
        <translation>Vers le &amp;haut</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move &amp;down</source>
        <translation>&amp;Vers le bas</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New agenda item</source>
        <translation>Nouveau point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add agenda item</source>
        <translation>Ajouter un point à l&apos;ordre du jour</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove agenda item</source>
        <translation>Retirer un point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No agenda items yet (Ins adds one).</source>
        <translation>Aucun point à l&apos;ordre du jour pour l&apos;instant (Inser en ajoute un).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total {minutes} min · planned end {end}</source>
        <translation>Total {minutes} min · fin prévue à {end}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · the meeting ends {end}</source>
        <translation> · la réunion se termine à {end}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agenda runs {minutes} min past the meeting&apos;s end ({end}): shorten items or move the end.</source>
        <translation>L&apos;ordre du jour dépasse de {minutes} min la fin de la réunion ({end}) : raccourcissez des points ou repoussez la fin.</translation>
    </message>
</context>
<context>
    <name>MeetingAttendancePanel</name>
    <message>
        <location filename="../../chairdesk/gui/views/meetings/attendance.py" line="+39"/>
        <source>Tick &amp;all</source>
        <translation>Tout coc&amp;her</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark every listed entity present</source>
        <translation>Marquer présentes toutes les entités de la liste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Untick a&amp;ll</source>
        <translation>To&amp;ut décocher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark every listed entity absent</source>
        <translation>Marquer absentes toutes les entités de la liste</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No entities to list.</source>
        <translation>Aucune entité à afficher.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{present} of {total} entities attended</source>
        <translation>{present} entités présentes sur {total}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mark everyone present</source>
        <translation>Marquer tout le monde présent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark everyone absent</source>
        <translation>Marquer tout le monde absent</translation>
    </message>
</context>
<context>
    <name>MeetingDecisionsPanel</name>
    <message>
        <location filename="../../chairdesk/gui/views/meetings/decisions.py" line="+34"/>
        <source>&amp;Add decision</source>
        <translation>&amp;Ajouter une décision</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove decision</source>
        <translation>&amp;Retirer la décision</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move &amp;up</source>
        <translation>Vers le &amp;haut</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move &amp;down</source>
        <translation>&amp;Vers le bas</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>New decision</source>
        <translation>Nouvelle décision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add decision</source>
        <translation>Ajouter une décision</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove decision</source>
        <translation>Retirer une décision</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move decision</source>
        <translation>Déplacer une décision</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../chairdesk/gui/views/meetings/editor.py" line="+136"/>
        <source>&amp;Agenda ({count})</source>
        <translation>&amp;Ordre du jour ({count})</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/meetings_editor.ui" line="+23"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Ordre du jour</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;ttendance ({present}/{total})</source>
        <translation>&amp;Participation ({present}/{total})</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/meetings_editor.ui" line="+5"/>
        <source>A&amp;ttendance</source>
        <translation>&amp;Participation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Decisions ({count})</source>
        <translation>&amp;Décisions ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/meetings_editor.ui" line="+10"/>
        <source>&amp;Decisions</source>
        <translation>&amp;Décisions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;ction items ({count} open)</source>
        <translation>A&amp;ctions de suivi ({count} en cours)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/meetings_editor.ui" line="+5"/>
        <source>A&amp;ction items</source>
        <translation>A&amp;ctions de suivi</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_editor.ui" line="-10"/>
        <source>S&amp;ummary</source>
        <translation>Compte r&amp;endu</translation>
    </message>
</context>
<context>
    <name>MeetingHeaderPanel</name>
    <message>
        <location filename="../../chairdesk/gui/views/meetings/header.py" line="+105"/>
        <source>Rename meeting</source>
        <translation>Renommer la réunion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change meeting location</source>
        <translation>Changer le lieu de la réunion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change meeting start</source>
        <translation>Changer le début de la réunion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change meeting end</source>
        <translation>Changer la fin de la réunion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change kind of meeting</source>
        <translation>Changer le type de réunion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change meeting mode</source>
        <translation>Changer la modalité de la réunion</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_header.ui" line="+14"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Start:</source>
        <translation>Dé&amp;but&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;End:</source>
        <translation>F&amp;in&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>M&amp;ode:</source>
        <translation>&amp;Modalité&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Location:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where the meeting takes place (or the link)</source>
        <translation>Où se tient la réunion (ou le lien)</translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <location filename="../../chairdesk/gui/views/dashboard/__init__.py" line="-292"/>
        <source>Regular quarterly meeting</source>
        <extracomment>The tables whose changes the Dashboard shows. Statuses in the order a status chart stacks them: done first, then what is left.</extracomment>
        <translation>Réunion trimestrielle ordinaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In-focus discussion</source>
        <translation>Discussion thématique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special meeting</source>
        <translation>Réunion extraordinaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Briefing</source>
        <translation>Séance d&apos;information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
</context>
<context>
    <name>MeetingLabels</name>
    <message>
        <location filename="../../chairdesk/gui/views/meetings/labels.py" line="+42"/>
        <source>Regular quarterly meeting</source>
        <extracomment>The meeting&apos;s, item&apos;s or entity&apos;s id in a model (Qt&apos;s user roles: SORT_ROLE is + 1). The red of an agenda that runs past the meeting&apos;s end.</extracomment>
        <translation>Réunion trimestrielle ordinaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In-focus discussion</source>
        <translation>Discussion thématique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special meeting</source>
        <translation>Réunion extraordinaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Briefing</source>
        <translation>Séance d&apos;information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Virtual</source>
        <translation>Virtuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>En présentiel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vice-Chair</source>
        <translation>Vice-présidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer</source>
        <translation>Observateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no agenda</source>
        <translation>pas d&apos;ordre du jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 item · {minutes} min</source>
        <translation>1 point · {minutes} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{items} items · {minutes} min</source>
        <translation>{items} points · {minutes} min</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <location filename="../../chairdesk/gui/views/meetings/list_model.py" line="+58"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open actions</source>
        <translation>Actions en cours</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>{start} to {end}</source>
        <translation>{start} à {end}</translation>
    </message>
</context>
<context>
    <name>MeetingListPanel</name>
    <message>
        <location filename="../../chairdesk/gui/views/meetings/meeting_list.py" line="+278"/>
        <source>{shown} of {total} meetings</source>
        <translation>{shown} réunions sur {total}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 meeting</source>
        <translation>1 réunion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} meetings</source>
        <translation>{total} réunions</translation>
    </message>
</context>
<context>
    <name>MeetingSummaryPanel</name>
    <message>
        <location filename="../../chairdesk/gui/views/meetings/summary.py" line="+54"/>
        <source>Edit meeting summary</source>
        <translation>Modifier le compte rendu de réunion</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_summary.ui" line="+13"/>
        <source>What the meeting discussed. Saved when you leave the field.</source>
        <translation>Ce dont la réunion a débattu. Enregistré lorsque vous quittez le champ.</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../../chairdesk/gui/views/meetings/__init__.py" line="+108"/>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nouvelle réunion…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new meeting from an agenda template, carrying over what the last meeting left open</source>
        <translation>Une nouvelle réunion à partir d&apos;un modèle d&apos;ordre du jour, qui reprend ce que la dernière réunion a laissé en suspens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;upliquer…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy the chosen meeting and its agenda to another date</source>
        <translation>Copier la réunion choisie et son ordre du jour à une autre date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move the chosen meeting to the trash (Ctrl+Z brings it back)</source>
        <translation>Mettre la réunion choisie à la corbeille (Ctrl+Z la rétablit)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter the meetings</source>
        <translation>Filtrer les réunions</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>first</source>
        <translation>premier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>second</source>
        <translation>deuxième</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>third</source>
        <translation>troisième</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fourth</source>
        <translation>quatrième</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{group} working group: {ordinal}-quarter regular meeting {year}</source>
        <translation>Groupe de travail {group} : réunion ordinaire du {ordinal} trimestre {year}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind} of the {group} working group</source>
        <translation>{kind} du groupe de travail {group}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This would be the group&apos;s first meeting: there is nothing to carry over.</source>
        <translation>Ce serait la première réunion du groupe : il n&apos;y a rien à reprendre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 open action item</source>
        <translation>1 action de suivi en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} open action items</source>
        <translation>{n} actions de suivi en cours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 unfinished agenda item</source>
        <translation>1 point de l&apos;ordre du jour non traité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} unfinished agenda items</source>
        <translation>{n} points de l&apos;ordre du jour non traités</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The previous meeting, “{title}” of {date}, left {actions} and {items}.</source>
        <translation>La réunion précédente, « {title} » du {date}, a laissé {actions} et {items}.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Duplicate meeting</source>
        <translation>Dupliquer la réunion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied to {date}.</source>
        <translation>Copiée au {date}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete meeting</source>
        <translation>Supprimer la réunion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{title}” was moved to the trash. Undo (Ctrl+Z) brings it back.</source>
        <translation>« {title} » a été mise à la corbeille. Annuler (Ctrl+Z) la rétablit.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Export &amp;agenda…</source>
        <translation>Exporter l&apos;&amp;ordre du jour…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the chosen meeting&apos;s agenda and time plan as a Word document</source>
        <translation>Enregistrer l&apos;ordre du jour et le minutage de la réunion choisie dans un document Word</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export meeting &amp;summary…</source>
        <translation>Exporter le &amp;compte rendu de réunion…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the chosen meeting&apos;s attendance, summary, decisions and action items as a Word document</source>
        <translation>Enregistrer la participation, le compte rendu, les décisions et les actions de suivi de la réunion choisie dans un document Word</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the chosen meeting&apos;s agenda or summary as a Word document</source>
        <translation>Enregistrer l&apos;ordre du jour ou le compte rendu de la réunion choisie dans un document Word</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export the agenda</source>
        <translation>Exporter l&apos;ordre du jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the meeting summary</source>
        <translation>Exporter le compte rendu de réunion</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing the agenda…</source>
        <translation>Rédaction de l&apos;ordre du jour…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the meeting summary…</source>
        <translation>Rédaction du compte rendu de réunion…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_view.ui" line="+19"/>
        <source>Filter by title, kind, place, quarter… (Ctrl+F)</source>
        <translation>Filtrer par titre, type, lieu, trimestre… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Choose a meeting above, or create one with “New meeting” (Ctrl+N).</source>
        <translation>Choisissez une réunion ci-dessus, ou créez-en une avec « Nouvelle réunion » (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <location filename="../../chairdesk/gui/views/composition/members.py" line="+134"/>
        <source>The first day of the membership; Delete if unknown</source>
        <translation>Le premier jour de la participation ; Suppr si elle est inconnue</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>One current member</source>
        <translation>Un membre actuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} current members</source>
        <translation>{count} membres actuels</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One membership over time</source>
        <translation>Une participation au fil du temps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} memberships over time</source>
        <translation>{count} participations au fil du temps</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select a membership to end it or change its role.</source>
        <translation>Sélectionnez une participation pour y mettre fin ou en changer le rôle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> since {date}</source>
        <translation> depuis le {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, until {date}</source>
        <translation>, jusqu&apos;au {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{entity}, {role}{since}{until}. On</source>
        <translation>{entity}, {role}{since}{until}. Le</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add {entity} as {role}</source>
        <translation>Ajouter {entity} en tant que {role}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>End {entity}&apos;s membership</source>
        <translation>Mettre fin à la participation de {entity}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{entity} becomes {role}</source>
        <translation>{entity} devient {role}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove {entity}&apos;s membership</source>
        <translation>Retirer la participation de {entity}</translation>
    </message>
</context>
<context>
    <name>MembershipsModel</name>
    <message>
        <location line="-212"/>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Edit {entity}&apos;s membership</source>
        <translation>Modifier la participation de {entity}</translation>
    </message>
</context>
<context>
    <name>MinutesDelegate</name>
    <message>
        <location filename="../../chairdesk/gui/views/meetings/delegates.py" line="+73"/>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <location filename="../../chairdesk/gui/dialogs/new_meeting.py" line="+61"/>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Create meeting</source>
        <translation>Créer la réunion</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>(no template: an empty agenda)</source>
        <translation>(sans modèle : un ordre du jour vide)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all groups</source>
        <translation>tous les groupes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this group</source>
        <translation>ce groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} — {items} items, {minutes} min ({scope})</source>
        <translation>{name} — {items} points, {minutes} min ({scope})</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Give the meeting a title.</source>
        <translation>Donnez un titre à la réunion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meeting must end after it starts.</source>
        <translation>La réunion doit se terminer après son début.</translation>
    </message>
    <message>
        <location filename="../../ui/new_meeting_dialog.ui" line="+16"/>
        <source>Agenda &amp;template:</source>
        <translation>Modèle d&apos;&amp;ordre du jour&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Start:</source>
        <translation>Dé&amp;but&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;End:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>M&amp;ode:</source>
        <translation>&amp;Modalité&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Carry over open &amp;action items of the previous meeting</source>
        <translation>Reprendre les &amp;actions de suivi en cours de la réunion précédente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Carry over &amp;unfinished agenda items of the previous meeting</source>
        <translation>Reprendre les points &amp;non traités de l&apos;ordre du jour de la réunion précédente</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../chairdesk/gui/views/composition/chair_models.py" line="+15"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarters</source>
        <translation>Trimestres</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../chairdesk/gui/views/reports/preview.py" line="+56"/>
        <source>(left out of the document: nothing recorded for {year} yet)</source>
        <translation>(omise du document : rien d&apos;enregistré pour {year} pour l&apos;instant)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
</context>
<context>
    <name>ProgressLogPanel</name>
    <message>
        <location filename="../../chairdesk/gui/views/workplan/progress.py" line="+73"/>
        <source>Remove update</source>
        <translation>Retirer le point d&apos;étape</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Add an update to {code}</source>
        <translation>Ajouter un point d&apos;étape à {code}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove an update of {code}</source>
        <translation>Retirer un point d&apos;étape de {code}</translation>
    </message>
</context>
<context>
    <name>QuarantineModel</name>
    <message>
        <location filename="../../chairdesk/gui/views/sync/models.py" line="+17"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
</context>
<context>
    <name>Quarter</name>
    <message>
        <location filename="../../chairdesk/gui/formatting.py" line="+92"/>
        <source>Q{number}</source>
        <translation>T{number}</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../../chairdesk/store/refusals.py" line="+135"/>
        <source>{label} is too long (at most {limit} characters).</source>
        <translation>{label}&#xa0;: texte trop long ({limit} caractères au plus).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} contains the control character {character} at position {position}.</source>
        <translation>{label}&#xa0;: le caractère de contrôle {character} figure à la position {position}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} contains a tab at position {position}.</source>
        <translation>{label}&#xa0;: une tabulation figure à la position {position}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} contains a line break at position {position}.</source>
        <translation>{label}&#xa0;: un saut de ligne figure à la position {position}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} is out of range: year {year} is outside {first}–{last}.</source>
        <translation>{label}&#xa0;: hors limites, l’année {year} sort de la plage {first}–{last}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} cannot be empty.</source>
        <translation>{label}&#xa0;: ce champ ne peut pas rester vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} is required.</source>
        <translation>{label}&#xa0;: ce champ est obligatoire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} must be text.</source>
        <translation>{label}&#xa0;: un texte est attendu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a text.</source>
        <translation>Ce n’est pas un texte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This must be text.</source>
        <translation>Un texte est attendu ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a date.</source>
        <translation>Ce n’est pas une date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} is not a date (write it as 2023-01-31).</source>
        <translation>{label}&#xa0;: ce n’est pas une date (écrivez-la sous la forme 2023-01-31).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This must be a date and time.</source>
        <translation>Une date et une heure sont attendues ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The due date must be a date.</source>
        <translation>L’échéance doit être une date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An update needs a date.</source>
        <translation>Un point d’avancement doit être daté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} must be one of: {choices}.</source>
        <translation>{label}&#xa0;: valeurs possibles&#xa0;: {choices}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not a status (one of {choices}).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un état (valeurs possibles&#xa0;: {choices}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{value}&apos; is not a funding status.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un état de financement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{value}” is not a kind of meeting.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un type de réunion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{value}” is not a meeting mode.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un mode de réunion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{value}” is not a status of an action item.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un état d’action de suivi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{zone}&apos; is not a time zone name (such as Europe/Vienna or America/New_York).</source>
        <translation>«&#xa0;{zone}&#xa0;» n’est pas un nom de fuseau horaire (par exemple Europe/Vienna ou America/New_York).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{zone}&apos; is not a known time zone (such as Europe/Vienna or America/New_York).</source>
        <translation>«&#xa0;{zone}&#xa0;» n’est pas un fuseau horaire connu (par exemple Europe/Vienna ou America/New_York).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{email}” does not look like an email address (name@example.org).</source>
        <translation>«&#xa0;{email}&#xa0;» ne ressemble pas à une adresse électronique (nom@exemple.org).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A phone number has digits, spaces and + ( ) - . / only.</source>
        <translation>Un numéro de téléphone ne contient que des chiffres, des espaces et + ( ) - . /</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose {what}.</source>
        <translation>Choisissez {what}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} no longer exists.</source>
        <translation>{what} n’existe plus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no such entity.</source>
        <translation>Cette entité n’existe pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An entity in the list no longer exists.</source>
        <translation>Une entité de la liste n’existe plus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no record {id} in {table}.</source>
        <translation>Aucun enregistrement {id} dans {table}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{table} {id} is not in the trash.</source>
        <translation>{table} {id} n’est pas dans la corbeille.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{table}.{field} is not a field that can be restored.</source>
        <translation>{table}.{field} n’est pas un champ qui peut être restauré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already {what} called {acronym}.</source>
        <translation>L’acronyme {acronym} est déjà celui d’{what}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} ends ({end}) before it starts ({start}).</source>
        <translation>{what} se termine ({end}) avant de commencer ({start}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{entity} is already {role} of this group {period}; end that membership first (an entity has one role at a time).</source>
        <translation>{entity} a déjà le rôle de {role} dans ce groupe {period}&#xa0;; mettez d’abord fin à cette participation (une entité n’a qu’un rôle à la fois).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This membership already has an end date ({end}).</source>
        <translation>Cette participation a déjà une date de fin ({end}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The entity is already {role}.</source>
        <translation>L’entité a déjà le rôle de {role}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This membership ended on {end}.</source>
        <translation>Cette participation a pris fin le {end}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The change must come after the membership starts ({start}).</source>
        <translation>Le changement doit intervenir après le début de la participation ({start}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This term overlaps {term}.</source>
        <translation>Ce mandat chevauche {term}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This term comes from the rotation plan: change the plan instead.</source>
        <translation>Ce mandat vient du plan de rotation&#xa0;: modifiez plutôt le plan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This rotation plan belongs to another working group.</source>
        <translation>Ce plan de rotation appartient à un autre groupe de travail.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add at least one entity to the rotation.</source>
        <translation>Ajoutez au moins une entité à la rotation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A rotation can be planned at most {years} years ahead; check the year.</source>
        <translation>Une rotation peut être planifiée au plus {years} ans à l&apos;avance ; vérifiez l&apos;année.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{entity}&apos;s term ({start} – {end}) would overlap {term}. Start the rotation later or change that term.</source>
        <translation>Le mandat de {entity} ({start} – {end}) chevaucherait {term}. Faites commencer la rotation plus tard ou modifiez ce mandat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A code has at most {limit} characters.</source>
        <translation>Un code compte au plus {limit} caractères.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress is a whole number from 0 to 100.</source>
        <translation>L’avancement est un nombre entier de 0 à 100.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress must be between 0 and 100 % (not {value}).</source>
        <translation>L’avancement doit être compris entre 0 et 100&#xa0;% (et non {value}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The due date ({due}) is before the start ({start}).</source>
        <translation>L’échéance ({due}) précède le début ({start}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The work plan already has an activity {code}.</source>
        <translation>Le plan de travail a déjà une activité {code}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The work plan already has an output {code}.</source>
        <translation>Le plan de travail a déjà un produit {code}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A period is a year (2023) or a span of years (2023-2024).</source>
        <translation>Une période est une année (2023) ou une suite d’années (2023-2024).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period is out of range: year {year} is outside {first}–{last}.</source>
        <translation>La période est hors limites&#xa0;: l’année {year} sort de la plage {first}–{last}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The group already has a {period} work plan.</source>
        <translation>Le groupe a déjà un plan de travail {period}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} cannot move further.</source>
        <translation>{what} ne peut pas aller plus loin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The activity cannot move there.</source>
        <translation>L’activité ne peut pas aller à cet endroit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An activity moves only between outputs of its own work plan.</source>
        <translation>Une activité ne se déplace qu’entre les produits de son propre plan de travail.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{acronym} is in the list twice.</source>
        <translation>{acronym} figure deux fois dans la liste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{acronym} is already a lead entity.</source>
        <translation>{acronym} est déjà une entité chef de file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The duration must be a whole number of minutes.</source>
        <translation>La durée doit être un nombre entier de minutes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The duration cannot be negative.</source>
        <translation>La durée ne peut pas être négative.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An agenda item cannot last more than {minutes} minutes.</source>
        <translation>Un point de l’ordre du jour ne peut pas durer plus de {minutes} minutes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meeting must end after it starts.</source>
        <translation>La réunion doit se terminer après son début.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This activity is not in the working group&apos;s work plans.</source>
        <translation>Cette activité ne figure pas dans les plans de travail du groupe de travail.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no such place in the list.</source>
        <translation>Cette place n’existe pas dans la liste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This agenda template belongs to another working group.</source>
        <translation>Ce modèle d’ordre du jour appartient à un autre groupe de travail.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{section}” is not a section of the submission ({known}).</source>
        <translation>«&#xa0;{section}&#xa0;» n’est pas une section de la contribution ({known}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The year must lie between {first} and {last}.</source>
        <translation>L’année doit être comprise entre {first} et {last}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with no dates</source>
        <translation>sans dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from {start} (no end date)</source>
        <translation>depuis le {start} (sans date de fin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until {end}</source>
        <translation>jusqu’au {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from {start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{start} (no end date)</source>
        <translation>{start} (sans date de fin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the manual chair term of {entity} ({period})</source>
        <translation>le mandat de présidence de {entity} saisi à la main ({period})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the chair term from another rotation plan of {entity} ({period})</source>
        <translation>le mandat de présidence de {entity} issu d’un autre plan de rotation ({period})</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The acronym</source>
        <translation>L’acronyme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date of the change</source>
        <translation>La date du changement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code</source>
        <translation>Le code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date</source>
        <translation>La date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The decision</source>
        <translation>La décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The description</source>
        <translation>La description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The due date</source>
        <translation>L’échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The email address</source>
        <translation>L’adresse électronique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end</source>
        <translation>La fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The French name</source>
        <translation>Le nom français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The full name</source>
        <translation>Le nom complet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The indicator</source>
        <translation>L’indicateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The job title</source>
        <translation>La fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kind</source>
        <translation>Le type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The location</source>
        <translation>Le lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mandate</source>
        <translation>Le mandat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name</source>
        <translation>Le nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notes field</source>
        <translation>Les notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The objectives</source>
        <translation>Les objectifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phone number</source>
        <translation>Le numéro de téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pillar</source>
        <translation>Le pilier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The revision date</source>
        <translation>La date de révision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The role</source>
        <translation>Le rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end of the rotation</source>
        <translation>La fin de la rotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The start</source>
        <translation>Le début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The start date</source>
        <translation>La date de début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The submission date</source>
        <translation>La date de soumission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The summary</source>
        <translation>Le résumé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The term length</source>
        <translation>La durée des mandats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text</source>
        <translation>Le texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time zone</source>
        <translation>Le fuseau horaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title</source>
        <translation>Le titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The update</source>
        <translation>Le point d’avancement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value</source>
        <translation>La valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The action item</source>
        <translation>L’action de suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the entity</source>
        <translation>l’entité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the working group</source>
        <translation>le groupe de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the membership</source>
        <translation>la participation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the focal point</source>
        <translation>le point focal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the chair term</source>
        <translation>le mandat de présidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the rotation plan</source>
        <translation>le plan de rotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This entity</source>
        <translation>Cette entité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This working group</source>
        <translation>Ce groupe de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This membership</source>
        <translation>Cette participation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This focal point</source>
        <translation>Ce point focal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This chair term</source>
        <translation>Ce mandat de présidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This rotation plan</source>
        <translation>Ce plan de rotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This meeting</source>
        <translation>Cette réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This agenda item</source>
        <translation>Ce point de l’ordre du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This agenda template</source>
        <translation>Ce modèle d’ordre du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This decision</source>
        <translation>Cette décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This action item</source>
        <translation>Cette action de suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This work plan</source>
        <translation>Ce plan de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This output</source>
        <translation>Ce produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This activity</source>
        <translation>Cette activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This progress update</source>
        <translation>Ce point d’avancement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record</source>
        <translation>Cet enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The working group</source>
        <translation>Le groupe de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The membership</source>
        <translation>La participation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chair term</source>
        <translation>Le mandat de présidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rotation</source>
        <translation>La rotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an entity</source>
        <translation>une entité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a working group</source>
        <translation>un groupe de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The output</source>
        <translation>Le produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The activity</source>
        <translation>L’activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a vice-chair</source>
        <translation>vice-président</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a member</source>
        <translation>membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an observer</source>
        <translation>observateur</translation>
    </message>
</context>
<context>
    <name>ReportsExportBar</name>
    <message>
        <location filename="../../ui/reports_export_bar.ui" line="+13"/>
        <source>&amp;Document:</source>
        <translation>&amp;Document&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Year:</source>
        <translation>A&amp;nnée&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The language of the document&apos;s headings, labels and drafted sentences; your own text is exported as you wrote it</source>
        <translation>La langue des titres, des libellés et des phrases rédigées du document ; votre propre texte est exporté tel que vous l&apos;avez écrit</translation>
    </message>
</context>
<context>
    <name>ReportsPreview</name>
    <message>
        <location filename="../../ui/reports_preview.ui" line="+12"/>
        <source>Preview: the submission as it will read</source>
        <translation>Aperçu : la contribution telle qu&apos;elle se lira</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../chairdesk/gui/views/reports/__init__.py" line="+134"/>
        <source>the group</source>
        <translation>ce groupe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The composition annex lists every working group of the workspace, by Strategy pillar: its Chair, Vice-Chairs, members and observers in the year chosen, with a table of the entities&apos; names — as the secretariat&apos;s annex on the working groups&apos; structure.</source>
        <translation>L&apos;annexe sur la composition présente chaque groupe de travail de l&apos;espace de travail, par pilier de la Stratégie : sa présidence, ses vice-présidences, ses membres et ses observateurs pour l&apos;année choisie, avec un tableau des noms des entités — comme l&apos;annexe du secrétariat sur la structure des groupes de travail.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The handover pack prepares an incoming chair of {group}: the composition, the rotation, the upcoming meetings, the open action items, the activities due in the next two quarters and the drafts of this year&apos;s narratives.</source>
        <translation>Le dossier de passation prépare la présidence entrante de {group} : la composition, la rotation, les prochaines réunions, les actions de suivi en cours, les activités à échéance dans les deux prochains trimestres et les projets de textes de l&apos;année.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The meeting calendar holds every meeting of {group} as an iCalendar (.ics) file, which Outlook, Google Calendar and Apple Calendar import.</source>
        <translation>Le calendrier des réunions réunit toutes les réunions de {group} dans un fichier iCalendar (.ics), que Outlook, Google Agenda et Apple Calendrier savent importer.</translation>
    </message>
</context>
<context>
    <name>ReportsWriting</name>
    <message>
        <location filename="../../ui/reports_writing.ui" line="+22"/>
        <source>Drafted from the records</source>
        <translation>Rédigé à partir des données enregistrées</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your &amp;text for this section</source>
        <translation>Votre &amp;texte pour cette section</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open items (a starting list)</source>
        <translation>Éléments en suspens (une première liste)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Insert into my text</source>
        <translation>Insérer dans mon texte</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../chairdesk/gui/dialogs/restore.py" line="+28"/>
        <source>Restore from a Backup File</source>
        <translation>Restaurer depuis un fichier de sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ChairDesk backups (*.sqlite3);;All files (*)</source>
        <translation>Sauvegardes ChairDesk (*.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Restore from Backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>There are no backups of this workspace yet.</source>
        <translation>Cet espace de travail n&apos;a encore aucune sauvegarde.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+4"/>
        <source>Restoring the workspace…</source>
        <translation>Restauration de l&apos;espace de travail…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The workspace is restored from the backup of {when}.</source>
        <translation>L&apos;espace de travail est restauré à partir de la sauvegarde du {when}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The state before is backed up too, and listed here.</source>
        <translation>L&apos;état antérieur est lui aussi sauvegardé et figure dans cette liste.</translation>
    </message>
</context>
<context>
    <name>RestoreForm</name>
    <message>
        <location filename="../../ui/restore_dialog.ui" line="+13"/>
        <source>Restoring replaces the whole workspace by the backup you choose. The current state is backed up first, so it can be restored the same way.</source>
        <translation>La restauration remplace tout l&apos;espace de travail par la sauvegarde choisie. L&apos;état actuel est d&apos;abord sauvegardé, de sorte qu&apos;il peut être restauré de la même façon.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Other File…</source>
        <translation>&amp;Autre fichier…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Restore This Backup</source>
        <translation>&amp;Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../ui/review_view.ui" line="+13"/>
        <source>The secretariat&apos;s Year in Review</source>
        <translation>Le bilan de l’année du secrétariat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import the working groups&apos; annual submissions as they arrive (the .docx files the chairs send, whether exported by ChairDesk or written in Word), see what each brings and what is missing, then compile the report: key deliverables across the groups, one chapter per group and the annexes.</source>
        <translation>Importez les contributions annuelles des groupes de travail à mesure qu’elles arrivent (les fichiers .docx envoyés par les présidences, exportés par ChairDesk ou rédigés dans Word), voyez ce que chacune apporte et ce qui manque, puis compilez le rapport&#xa0;: principales réalisations de l’ensemble des groupes, un chapitre par groupe et les annexes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Year reviewed:</source>
        <translation>&amp;Année examinée&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RotationDraftModel</name>
    <message>
        <location filename="../../chairdesk/gui/views/composition/chair_models.py" line="+91"/>
        <source>{number}. {entity}</source>
        <translation>{number}. {entity}</translation>
    </message>
</context>
<context>
    <name>RotationPanel</name>
    <message>
        <location filename="../../chairdesk/gui/views/composition/rotation.py" line="+110"/>
        <source>a quarter</source>
        <translation>un trimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>half a year</source>
        <translation>un semestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a year</source>
        <translation>un an</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>quarterly terms</source>
        <translation>mandats trimestriels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>half-year terms</source>
        <translation>mandats semestriels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yearly terms</source>
        <translation>mandats annuels</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{start} – {until}, {length}</source>
        <translation>{start} – {until}, {length}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (changed)</source>
        <translation> (modifié)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New plan (not saved)</source>
        <translation>Nouveau plan (non enregistré)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Remove rotation plan</source>
        <translation>Retirer le plan de rotation</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Apply rotation</source>
        <translation>Appliquer la rotation</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>One chair term, from {start} to {end}.</source>
        <translation>Un mandat de présidence, du {start} au {end}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} chair terms, from {start} to {end}.</source>
        <translation>{count} mandats de présidence, du {start} au {end}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New plan: not saved yet.</source>
        <translation>Nouveau plan : pas encore enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsaved changes.</source>
        <translation>Modifications non enregistrées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved, but its chair terms are not generated yet.</source>
        <translation>Enregistré, mais ses mandats de présidence ne sont pas encore générés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applied: its terms are among the group&apos;s chair terms.</source>
        <translation>Appliqué : ses mandats figurent parmi les mandats de présidence du groupe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add the entities that take the Chair in turn.</source>
        <translation>Ajoutez les entités qui assurent la présidence à tour de rôle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rotation ends before it starts.</source>
        <translation>La rotation se termine avant de commencer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A rotation can be planned at most {years} years ahead; check the year.</source>
        <translation>Une rotation peut être planifiée au plus {years} ans à l&apos;avance ; vérifiez l&apos;année.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>manual chair term</source>
        <translation>mandat de présidence manuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chair term from another plan</source>
        <translation>mandat de présidence d&apos;un autre plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{entity}&apos;s term would overlap the {source} of {other} ({start} – {end}).</source>
        <translation>Le mandat de {entity} chevaucherait le {source} de {other} ({start} – {end}).</translation>
    </message>
</context>
<context>
    <name>SectionListModel</name>
    <message>
        <location filename="../../chairdesk/gui/views/reports/section_model.py" line="+93"/>
        <source>Drafted from the records; no text of yours.</source>
        <translation>Rédigé à partir des données enregistrées ; pas de texte de votre main.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No text of yours yet.</source>
        <translation>Pas encore de texte de votre main.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your text: 1 word.</source>
        <translation>Votre texte&#xa0;: 1 mot.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your text: {n} words.</source>
        <translation>Votre texte&#xa0;: {n} mots.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export leaves this section out: nothing to say yet.</source>
        <translation>L&apos;exportation omet cette section : rien à dire pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>SetAsideModel</name>
    <message>
        <location filename="../../chairdesk/gui/views/sync/models.py" line="+19"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working group</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership</source>
        <translation>Appartenance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focal point</source>
        <translation>Point focal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotation plan</source>
        <translation>Plan de rotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotation turn</source>
        <translation>Tour de rotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair term</source>
        <translation>Mandat de présidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work plan</source>
        <translation>Plan de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity&apos;s entity</source>
        <translation>Entité d&apos;une activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress update</source>
        <translation>Point d&apos;avancement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action item</source>
        <translation>Action de suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda template</source>
        <translation>Modèle d&apos;ordre du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template item</source>
        <translation>Point de modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrative</source>
        <translation>Texte de la présidence</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{what} “{label}”</source>
        <translation>{what} «&#xa0;{label}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} {id}</source>
        <translation>{what} {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not applied</source>
        <translation>Non appliqué</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{laptop} ({file})</source>
        <translation>{laptop} ({file})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{record}, set aside since {since}</source>
        <translation>{record}, mis de côté depuis le {since}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It refers to a record this laptop does not have yet; it is applied when that arrives.</source>
        <translation>Il renvoie à un enregistrement que cet ordinateur n&apos;a pas encore&#xa0;; il sera appliqué à son arrivée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This version of ChairDesk cannot apply it. It is kept, and applied once ChairDesk is updated, or once a laptop corrects it.</source>
        <translation>Cette version de ChairDesk ne peut pas l&apos;appliquer. Il est conservé, et sera appliqué après la mise à jour de ChairDesk, ou dès qu&apos;un ordinateur l&apos;aura corrigé.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../chairdesk/gui/dialogs/settings.py" line="+40"/>
        <source>Choose a Word template</source>
        <translation>Choisir un modèle Word</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word documents (*.docx *.dotx);;All files (*)</source>
        <translation>Documents Word (*.docx *.dotx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep all</source>
        <translation>Tout conserver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ChairDesk&apos;s default template</source>
        <translation>Modèle par défaut de ChairDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not chosen</source>
        <translation>Non choisi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How this laptop is named to the others sharing the workspace</source>
        <translation>Le nom sous lequel cet ordinateur apparaît aux autres qui partagent l&apos;espace de travail</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>{name} is not a Word document (.docx); choose a .docx file as the template.</source>
        <translation>{name} n&apos;est pas un document Word (.docx) ; choisissez un fichier .docx comme modèle.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the Backup Folder</source>
        <translation>Choisir le dossier des sauvegardes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the Shared Folder</source>
        <translation>Choisir le dossier partagé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Backups cannot be written to {folder} ({reason}); choose another folder.</source>
        <translation>Impossible d&apos;écrire les sauvegardes dans {folder} ({reason}) ; choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="+13"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As it should appear as the author of documents</source>
        <translation>Tel qu&apos;il doit apparaître comme auteur des documents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your &amp;entity:</source>
        <translation>Votre &amp;entité&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For example UNOCT or OPCW</source>
        <translation>Par exemple UNOCT ou OPCW</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Word &amp;template:</source>
        <translation>&amp;Modèle Word&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+36"/>
        <location line="+50"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+36"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Dossier des sauvegardes&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Keep backups for:</source>
        <translation>&amp;Conserver les sauvegardes pendant&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ChairDesk makes a backup of the workspace once a day and before every upgrade. Older backups are deleted, but the newest few are always kept.</source>
        <translation>ChairDesk sauvegarde l&apos;espace de travail une fois par jour et avant chaque mise à niveau. Les sauvegardes plus anciennes sont supprimées, mais les plus récentes sont toujours conservées.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This &amp;device&apos;s name:</source>
        <translation>Nom de cet &amp;appareil&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Shared folder:</source>
        <translation>Dossier &amp;partagé&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SubmissionFilesDialog</name>
    <message>
        <location filename="../../chairdesk/gui/dialogs/submission_files.py" line="+20"/>
        <source>Import the groups&apos; submissions</source>
        <translation>Importer les contributions des groupes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Documents Word (*.docx);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>SubmissionsModel</name>
    <message>
        <location filename="../../chairdesk/gui/views/review/submissions_model.py" line="+67"/>
        <source>Working group</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections with text</source>
        <translation>Sections rédigées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recorded in this workspace</source>
        <translation>Enregistrée dans cet espace de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet received</source>
        <translation>Pas encore reçue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ChairDesk</source>
        <translation>ChairDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word (read by its headings)</source>
        <translation>Word (lue d’après ses titres)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing received for {year}</source>
        <translation>Rien de reçu pour {year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No text for Concluding observations</source>
        <translation>Aucun texte pour les observations finales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No meetings recorded in {year}</source>
        <translation>Aucune réunion enregistrée en {year}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text not placed in any section (see the tooltip)</source>
        <translation>Texte rattaché à aucune section (voir l’infobulle)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{written} of {total}</source>
        <translation>{written} sur {total}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No text yet: {sections}</source>
        <translation>Pas encore de texte&#xa0;: {sections}</translation>
    </message>
</context>
<context>
    <name>SubmissionsPanel</name>
    <message>
        <location filename="../../chairdesk/gui/views/review/submissions_panel.py" line="+112"/>
        <source>The one its title names</source>
        <translation>Celui que nomme son titre</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importing the submissions…</source>
        <translation>Importation des contributions…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> Choose its group above and import it again.</source>
        <translation> Choisissez son groupe ci-dessus et importez-le de nouveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Its title should name the one year it reports on.</source>
        <translation> Son titre doit nommer l’année dont il rend compte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported: {problem}.</source>
        <translation>Rien n’a été importé&#xa0;: {problem}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import Submissions</source>
        <translation>Importer des contributions</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ChairDesk submission</source>
        <translation>Contribution ChairDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word submission</source>
        <translation>Contribution Word</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{new} new and {updated} updated records</source>
        <translation>{new} nouveaux enregistrements et {updated} mis à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing changed</source>
        <translation>rien n’a changé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sections recognized: {headings}</source>
        <translation>Sections reconnues&#xa0;: {headings}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{heading}: edited in Word since the export; the document&apos;s text is taken</source>
        <translation>{heading}&#xa0;: modifiée dans Word depuis l’exportation&#xa0;; le texte du document est retenu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{heading}: no longer in the document; the text embedded at export is kept</source>
        <translation>{heading}&#xa0;: ne figure plus dans le document&#xa0;; le texte joint à l’exportation est conservé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>under “{heading}”</source>
        <translation>sous «&#xa0;{heading}&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before the first section</source>
        <translation>avant la première section</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not placed ({where}): {text}</source>
        <translation>Non rattaché ({where})&#xa0;: {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: {kind} of {group} for {year}: {what}</source>
        <translation>{file}&#xa0;: {kind} du groupe {group} pour {year}&#xa0;: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/review_submissions_panel.ui" line="+14"/>
        <source>&amp;Import Submissions…</source>
        <translation>&amp;Importer des contributions…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the groups&apos; .docx submissions to import (Ctrl+I); you can also drop them on this view</source>
        <translation>Choisir les contributions .docx des groupes à importer (Ctrl+I)&#xa0;; vous pouvez aussi les déposer sur cette vue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group of a Word file written &amp;without ChairDesk:</source>
        <translation>Groupe d’un fichier Word rédigé &amp;sans ChairDesk&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A ChairDesk submission names its group itself; a Word file written without ChairDesk is the group its title names, unless you choose one here</source>
        <translation>Une contribution ChairDesk nomme elle-même son groupe&#xa0;; un fichier Word rédigé sans ChairDesk est attribué au groupe que nomme son titre, sauf si vous en choisissez un ici</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>What the last import brought appears here: the sections recognized, the sections edited in Word since the export, the text no section could take.</source>
        <translation>Ce qu’a apporté la dernière importation s’affiche ici&#xa0;: les sections reconnues, les sections modifiées dans Word depuis l’exportation, le texte qu’aucune section n’a pu recevoir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drop .docx submissions anywhere on this view to import them.</source>
        <translation>Déposez des contributions .docx n’importe où sur cette vue pour les importer.</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <location filename="../../chairdesk/gui/window_notices.py" line="+14"/>
        <source>Sync: syncing…</source>
        <translation>Synchronisation&#xa0;: en cours…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync: not set up</source>
        <translation>Synchronisation&#xa0;: non configurée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync: offline, retrying</source>
        <translation>Synchronisation&#xa0;: hors ligne, nouvel essai à venir</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sync: %n change(s) to send</source>
        <translation>
            <numerusform>Synchronisation&#xa0;: %n modification à envoyer</numerusform>
            <numerusform>Synchronisation&#xa0;: %n modifications à envoyer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync: up to date ({time})</source>
        <translation>Synchronisation&#xa0;: à jour ({time})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync: linked</source>
        <translation>Synchronisation&#xa0;: liée</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{sync} · %n set aside</source>
        <translation>
            <numerusform>{sync} · %n élément mis de côté</numerusform>
            <numerusform>{sync} · %n éléments mis de côté</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files or records from other laptops are set aside: the Sync view says which, and why.</source>
        <translation>Des fichiers ou des enregistrements venus d&apos;autres ordinateurs sont mis de côté&#xa0;: la vue Synchronisation indique lesquels, et pourquoi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync: failed, retrying</source>
        <translation>Synchronisation&#xa0;: échec, nouvel essai à venir</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../../chairdesk/gui/views/sync/__init__.py" line="+175"/>
        <source>Offline: the folder cannot be reached. Your changes are kept and sent when it is back; ChairDesk keeps trying.</source>
        <translation>Hors ligne : le dossier est inaccessible. Vos modifications sont conservées et seront envoyées à son retour ; ChairDesk continue d&apos;essayer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+54"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} · device {id}</source>
        <translation>{name} · appareil {id}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On: files in the folder are encrypted with the workspace passphrase</source>
        <translation>Activé : les fichiers du dossier sont chiffrés avec la phrase secrète de l&apos;espace de travail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not remembered: there is no keychain on this computer, so the passphrase is asked for again when ChairDesk starts)</source>
        <translation>(non mémorisée&#xa0;: cet ordinateur n&apos;a pas de trousseau de clés, la phrase secrète sera donc redemandée au prochain démarrage de ChairDesk)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>sent %n</source>
        <translation>
            <numerusform>%n envoyé</numerusform>
            <numerusform>%n envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>received %n</source>
        <translation>
            <numerusform>%n reçu</numerusform>
            <numerusform>%n reçus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n still arriving</source>
        <translation>
            <numerusform>%n encore en route</numerusform>
            <numerusform>%n encore en route</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) set aside</source>
        <translation>
            <numerusform>%n fichier mis de côté</numerusform>
            <numerusform>%n fichiers mis de côté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n record(s) set aside</source>
        <translation>
            <numerusform>%n enregistrement mis de côté</numerusform>
            <numerusform>%n enregistrements mis de côté</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose the Shared Folder</source>
        <translation>Choisir le dossier partagé</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Linking to {folder}…</source>
        <translation>Liaison avec {folder}…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Linking to the shared folder…</source>
        <translation>Liaison avec le dossier partagé…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The shared folder holds the workspace “{name}”, and this workspace has %n working group(s) of its own.</source>
        <translation>
            <numerusform>Le dossier partagé contient l&apos;espace de travail «&#xa0;{name}&#xa0;», et cet espace de travail a %n groupe de travail qui lui est propre.</numerusform>
            <numerusform>Le dossier partagé contient l&apos;espace de travail «&#xa0;{name}&#xa0;», et cet espace de travail a %n groupes de travail qui lui sont propres.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not linked. To take part in the shared workspace “{name}” without adding this workspace&apos;s records, join it from a new, empty workspace (File → New Workspace).</source>
        <translation>Non lié. Pour participer à l&apos;espace de travail partagé «&#xa0;{name}&#xa0;» sans y ajouter les enregistrements de cet espace de travail, rejoignez-le depuis un nouvel espace de travail vide (Fichier → Nouvel espace de travail).</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+3"/>
        <source>Renaming this laptop…</source>
        <translation>Changement du nom de cet ordinateur…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unlink the Shared Folder</source>
        <translation>Délier le dossier partagé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop sharing this workspace through {folder}?

Nothing is deleted: your data stays here, and the folder keeps the files for the other laptops.</source>
        <translation>Cesser de partager cet espace de travail par {folder}&#xa0;?

Rien n&apos;est supprimé : vos données restent ici, et le dossier conserve les fichiers pour les autres ordinateurs.</translation>
    </message>
    <message>
        <location filename="../../chairdesk/gui/dialogs/sync_questions.py" line="+23"/>
        <source>Join the Shared Folder</source>
        <translation>Rejoindre le dossier partagé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Joining adds this workspace&apos;s records to the shared one, side by side with its own: a group that both have set up would be there twice. To take part without adding anything, join from a new, empty workspace (File → New Workspace).</source>
        <translation>Rejoindre ajoute les enregistrements de cet espace de travail à l&apos;espace partagé, à côté des siens&#xa0;: un groupe que les deux ont créé y figurerait deux fois. Pour participer sans rien ajouter, rejoignez-le depuis un nouvel espace de travail vide (Fichier → Nouvel espace de travail).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add My Records and Join</source>
        <translation>Ajouter mes enregistrements et rejoindre</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rename This Laptop</source>
        <translation>Renommer cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name the other laptops see:</source>
        <translation>Le nom que voient les autres ordinateurs&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.ui" line="+12"/>
        <source>Sync through a shared folder</source>
        <translation>Synchronisation par un dossier partagé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Laptops share this workspace through a folder that OneDrive, SharePoint, Dropbox, Syncthing or a network drive keeps in step. Each laptop writes its changes there as small files and reads the others&apos;; edits made offline merge when the files arrive, and nothing anyone wrote is lost. The workspace database itself stays on this computer.</source>
        <translation>Les ordinateurs partagent cet espace de travail par un dossier que OneDrive, SharePoint, Dropbox, Syncthing ou un lecteur réseau maintient à jour. Chaque ordinateur y écrit ses modifications sous forme de petits fichiers et lit celles des autres ; les modifications faites hors ligne fusionnent à l&apos;arrivée des fichiers, et rien de ce que quiconque a écrit n&apos;est perdu. La base de données de l&apos;espace de travail elle-même reste sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Link this workspace to a shared folder</source>
        <translation>Lier cet espace de travail à un dossier partagé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This laptop&apos;s &amp;name:</source>
        <translation>&amp;Nom de cet ordinateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Chair&apos;s laptop (UNICRI)</source>
        <translation>p. ex. ordinateur de la présidence (UNICRI)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>optional: encrypts what goes into the folder (needed to join an encrypted folder)</source>
        <translation>facultatif : chiffre ce qui est déposé dans le dossier (nécessaire pour rejoindre un dossier chiffré)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remember the passphrase in this computer&apos;s keychain</source>
        <translation>Mémoriser la phrase secrète dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the Shared &amp;Folder…</source>
        <translation>Choisir le &amp;dossier partagé…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shared folder</source>
        <translation>Dossier partagé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This laptop:</source>
        <translation>Cet ordinateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give this laptop another name; the other laptops see it after their next round</source>
        <translation>Donner un autre nom à cet ordinateur&#xa0;; les autres le voient après leur prochaine synchronisation</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Encryption:</source>
        <translation>Chiffrement&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last round:</source>
        <translation>Dernière synchronisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not yet sent:</source>
        <translation>En attente d&apos;envoi&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Unlink…</source>
        <translation>&amp;Délier…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Laptops seen in the folder</source>
        <translation>Ordinateurs vus dans le dossier</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Files set aside (damaged or unreadable)</source>
        <translation>Fichiers mis de côté (endommagés ou illisibles)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Records set aside (not applied on this laptop)</source>
        <translation>Enregistrements mis de côté (non appliqués sur cet ordinateur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes another laptop sent that this one cannot apply yet: a value this version of ChairDesk does not know, or a record they refer to that has not arrived. They are kept, never deleted, and applied as soon as they can be.</source>
        <translation>Modifications envoyées par un autre ordinateur que celui-ci ne peut pas encore appliquer&#xa0;: une valeur que cette version de ChairDesk ne connaît pas, ou un enregistrement auquel elles renvoient et qui n&apos;est pas encore arrivé. Elles sont conservées, jamais supprimées, et appliquées dès que possible.</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../chairdesk/gui/tasks.py" line="+88"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>TemplateChoice</name>
    <message>
        <location filename="../../chairdesk/gui/template_choice.py" line="+35"/>
        <source>Template…</source>
        <translation>Modèle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a Word template (.docx) the secretariat supplied</source>
        <translation>Utiliser un modèle Word (.docx) fourni par le secrétariat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default template</source>
        <translation>Modèle par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use ChairDesk&apos;s own template</source>
        <translation>Utiliser le modèle de ChairDesk</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Template: ChairDesk&apos;s default</source>
        <translation>Modèle&#xa0;: celui de ChairDesk par défaut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Template: {name}</source>
        <translation>Modèle&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a Word template</source>
        <translation>Choisir un modèle Word</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word documents (*.docx *.dotx);;All files (*)</source>
        <translation>Documents Word (*.docx *.dotx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name} is not a Word document (.docx); choose a .docx file as the template.</source>
        <translation>{name} n’est pas un document Word (.docx)&#xa0;; choisissez un fichier .docx comme modèle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The template {path} is no longer there; choose another or use the default.</source>
        <translation>Le modèle {path} n’existe plus&#xa0;; choisissez-en un autre ou utilisez celui par défaut.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../chairdesk/gui/dialogs/trash.py" line="+48"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nothing is in the trash.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Restore {what}</source>
        <translation>Restaurer {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} records</source>
        <translation>{n} enregistrements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored.</source>
        <translation>Restauré.</translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <location line="-74"/>
        <source>Deleted</source>
        <translation>Supprimé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="+9"/>
        <source>Deleted records stay here until you restore them. Restoring a record inside a deleted one (an agenda item of a deleted meeting) shows it again once its meeting is restored too.</source>
        <translation>Les enregistrements supprimés restent ici jusqu&apos;à ce que vous les restauriez. Un enregistrement restauré à l&apos;intérieur d&apos;un enregistrement supprimé (un point de l&apos;ordre du jour d&apos;une réunion supprimée) réapparaît lorsque sa réunion est restaurée à son tour.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter deleted records…</source>
        <translation>Filtrer les enregistrements supprimés…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>UpdatesModel</name>
    <message>
        <location filename="../../chairdesk/gui/views/workplan/updates_model.py" line="+48"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Update</source>
        <translation>Point d&apos;étape</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>An update needs a date.</source>
        <translation>Un point d&apos;étape doit avoir une date.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change the date of an update of {code}</source>
        <translation>Changer la date d&apos;un point d&apos;étape de {code}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit an update of {code}</source>
        <translation>Modifier un point d&apos;étape de {code}</translation>
    </message>
</context>
<context>
    <name>WorkPlan</name>
    <message>
        <location filename="../../chairdesk/gui/views/workplan_status.py" line="+6"/>
        <source>Overdue since {date}</source>
        <translation>En retard depuis le {date}</translation>
    </message>
</context>
<context>
    <name>WorkPlanDetails</name>
    <message>
        <location filename="../../ui/workplan_details.ui" line="+30"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Funding:</source>
        <translation>&amp;Financement&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Lead entities:</source>
        <translation>Entités &amp;chefs de file&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>Acronyms, separated by commas</source>
        <translation>Sigles, séparés par des virgules</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Partners:</source>
        <translation>P&amp;artenaires&#xa0;:</translation>
    </message>
</context>
<context>
    <name>WorkPlanForm</name>
    <message>
        <location filename="../../ui/workplan_view.ui" line="+17"/>
        <source>&amp;Work plan:</source>
        <translation>&amp;Plan de travail&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The work plan period to show</source>
        <translation>La période du plan de travail à afficher</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Filter by code, title or entity (Ctrl+F)</source>
        <translation>Filtrer par code, titre ou entité (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show only activities with this status</source>
        <translation>N&apos;afficher que les activités dans cet état</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New work plan for the &amp;period:</source>
        <translation>Nouveau plan de travail pour la pé&amp;riode&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>2023-2024</source>
        <translation>2023-2024</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>WorkPlanModel</name>
    <message>
        <location filename="../../chairdesk/gui/views/workplan/tree_model.py" line="+86"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead</source>
        <translation>Chef de file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>{done} of {total} completed</source>
        <translation>{done} sur {total} achevées</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+80"/>
        <source>{n} %</source>
        <translation>{n}&#xa0;%</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>{status} · overdue</source>
        <translation>{status} · en retard</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Rename output {code}</source>
        <translation>Renommer le produit {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the code of output {code}</source>
        <translation>Changer le code du produit {code}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Set the status of {code} to {status}</source>
        <translation>Mettre l&apos;état de {code} à « {status} »</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{code} is completed: progress set to 100 %.</source>
        <translation>{code} est achevée : avancement porté à 100&#xa0;%.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set the progress of {code} to {n} %</source>
        <translation>Porter l&apos;avancement de {code} à {n}&#xa0;%</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change the start of {code}</source>
        <translation>Changer le début de {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the due date of {code}</source>
        <translation>Changer l&apos;échéance de {code}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename activity {code}</source>
        <translation>Renommer l&apos;activité {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the code of {code}</source>
        <translation>Changer le code de {code}</translation>
    </message>
</context>
<context>
    <name>WorkPlanProgress</name>
    <message>
        <location filename="../../ui/workplan_progress.ui" line="+13"/>
        <source>Progress updates</source>
        <translation>Points d&apos;étape</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date of the update</source>
        <translation>La date du point d&apos;étape</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What happened (Enter adds it)</source>
        <translation>Ce qui s&apos;est passé (Entrée l&apos;ajoute)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add update</source>
        <translation>Ajouter un p&amp;oint d&apos;étape</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected update (Del)</source>
        <translation>Retirer le point d&apos;étape sélectionné (Suppr)</translation>
    </message>
</context>
<context>
    <name>WorkPlanView</name>
    <message>
        <location filename="../../chairdesk/gui/views/workplan/__init__.py" line="+120"/>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New work plan…</source>
        <translation>Nouveau plan de travail…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not finished</source>
        <translation>Non achevées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+108"/>
        <source>Select an activity to see its details and progress updates.</source>
        <translation>Sélectionnez une activité pour en voir le détail et les points d&apos;étape.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Choose a working group to see its work plan.</source>
        <translation>Choisissez un groupe de travail pour voir son plan de travail.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This working group has no work plan yet. Start one with “New work plan…”.</source>
        <translation>Ce groupe de travail n&apos;a pas encore de plan de travail. Commencez-en un avec « Nouveau plan de travail… ».</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>New work plan {period}</source>
        <translation>Nouveau plan de travail {period}</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Output {code}: {title}

{n} activities. Select one to see its details.</source>
        <translation>Produit {code}&#xa0;: {title}

{n} activités. Sélectionnez-en une pour en voir le détail.</translation>
    </message>
</context>
<context>
    <name>WorkspaceProblemBar</name>
    <message>
        <location filename="../../chairdesk/gui/window_notices.py" line="-166"/>
        <source>Restore from Backup…</source>
        <translation>Restaurer depuis une sauvegarde…</translation>
    </message>
</context>
<context>
    <name>WorkspaceSession</name>
    <message>
        <location filename="../../chairdesk/gui/workspace_session.py" line="-109"/>
        <source>{path} already exists; open it instead.</source>
        <translation>{path} existe déjà ; ouvrez-le plutôt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loading the example workspace…</source>
        <translation>Chargement de l&apos;espace de travail d&apos;exemple…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The example workspace is loaded.</source>
        <translation>L&apos;espace de travail d&apos;exemple est chargé.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Today&apos;s backup could not be made: {reason}</source>
        <translation>La sauvegarde du jour n&apos;a pas pu être faite&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>WritingPanel</name>
    <message>
        <location filename="../../chairdesk/gui/views/reports/writing.py" line="+91"/>
        <source>What only you can say about this section: what the group achieved, how, with whom. Blank lines separate paragraphs; lines starting with “- ” make a list.</source>
        <translation>Ce que vous seul pouvez dire de cette section : ce que le groupe a accompli, comment, avec qui. Les lignes vides séparent les paragraphes ; les lignes commençant par « - » forment une liste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is drafted from the records for this section.</source>
        <translation>Rien n&apos;est rédigé à partir des données enregistrées pour cette section.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the list to your text, to edit it from there</source>
        <translation>Ajouter la liste à votre texte, pour la modifier ensuite</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Your text here opens the chapter: the concluding observations. Its parts follow it, each with a text of its own: {parts}.</source>
        <translation>Votre texte ouvre ici le chapitre&#xa0;: les observations finales. Ses parties le suivent, chacune avec son propre texte&#xa0;: {parts}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your &amp;text for “{heading}”</source>
        <translation>Votre &amp;texte pour « {heading} »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drafted from the records</source>
        <translation>Rédigé à partir des données enregistrées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drafted from the records (this section has no text of yours)</source>
        <translation>Rédigé à partir des données enregistrées (cette section ne contient pas de texte de votre main)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Edit “{heading}”</source>
        <translation>Modifier « {heading} »</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../chairdesk/gui/startup.py" line="+60"/>
        <source>ChairDesk keeps running. The details are in the log file.</source>
        <translation>ChairDesk continue de fonctionner. Les détails figurent dans le fichier journal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ChairDesk keeps running.</source>
        <translation>ChairDesk continue de fonctionner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <location filename="../../chairdesk/gui/backups.py" line="+52"/>
        <location line="+18"/>
        <location filename="../../chairdesk/gui/workspace_session.py" line="-12"/>
        <source>Backing up the workspace…</source>
        <translation>Sauvegarde de l&apos;espace de travail…</translation>
    </message>
    <message>
        <location filename="../../chairdesk/gui/dialogs/restore.py" line="-166"/>
        <source>{n} MB</source>
        <translation>{n}&#xa0;Mo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} KB</source>
        <translation>{n}&#xa0;Ko</translation>
    </message>
</context>
<context>
    <name>composition</name>
    <message>
        <location filename="../../chairdesk/gui/views/composition/models.py" line="+58"/>
        <source>Vice-Chair</source>
        <extracomment>The value an editor starts from and gives back (a date, an enum value, an id). How to edit the cell: &quot;text&quot;, &quot;choice&quot;, &quot;date&quot; or &quot;optional_date&quot;. For &quot;choice&quot; cells, [(label, value), ...]. The record id of the row.</extracomment>
        <translation>Vice-présidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer</source>
        <translation>Observateur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>UN</source>
        <translation>ONU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>non-UN</source>
        <translation>hors ONU</translation>
    </message>
    <message>
        <location filename="../../chairdesk/gui/views/composition/chair_models.py" line="-181"/>
        <source>from {quarter}</source>
        <translation>à partir de {quarter}</translation>
    </message>
    <message>
        <location filename="../../chairdesk/gui/views/composition/models.py" line="+39"/>
        <source>Delete: no date</source>
        <translation>Suppr : pas de date</translation>
    </message>
</context>
<context>
    <name>workspace</name>
    <message>
        <location filename="../../chairdesk/gui/notices.py" line="+58"/>
        <source>{path} is damaged ({detail}). ChairDesk will not save changes to it, so that nothing more is lost: restore it from a backup with File → Restore from Backup… (a copy of the damaged file is kept).</source>
        <translation>{path} est endommagé ({detail}). ChairDesk n&apos;y enregistrera plus aucune modification, afin que rien de plus ne soit perdu&#xa0;: restaurez-le depuis une sauvegarde avec Fichier → Restaurer depuis une sauvegarde… (une copie du fichier endommagé est conservée).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ChairDesk cannot write in {folder}, the folder of {name}: it needs to, even to read it. Make the folder writable, or copy the workspace to a folder of yours and open the copy.</source>
        <translation>ChairDesk ne peut pas écrire dans {folder}, le dossier de {name}&#xa0;: il en a besoin, même pour le lire. Rendez le dossier accessible en écriture, ou copiez l&apos;espace de travail dans un de vos dossiers et ouvrez la copie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is read-only: you can look at it, but changes cannot be saved. Make the file writable, or copy it to a folder of yours and open the copy (File → Open Workspace…).</source>
        <translation>{path} est en lecture seule&#xa0;: vous pouvez le consulter, mais les modifications ne peuvent pas être enregistrées. Rendez le fichier accessible en écriture, ou copiez-le dans un de vos dossiers et ouvrez la copie (Fichier → Ouvrir un espace de travail…).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>restore it from a backup with File → Restore from Backup…</source>
        <translation>restaurez-le depuis une sauvegarde avec Fichier → Restaurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>restore it from a backup: chairdesk --workspace &quot;{path}&quot; restore BACKUP</source>
        <translation>restaurez-le depuis une sauvegarde&#xa0;: chairdesk --workspace &quot;{path}&quot; restore SAUVEGARDE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path}: its tables do not match its schema version {revision} ({detail}); the file was left untouched. It was changed outside ChairDesk: {restore}.</source>
        <translation>{path}&#xa0;: ses tables ne correspondent pas à sa version de schéma {revision} ({detail}) ; le fichier n&apos;a pas été modifié. Il a été changé en dehors de ChairDesk&#xa0;: {restore}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The disk holding {path} is full: nothing was saved. Free some space and try again.</source>
        <translation>Le disque qui contient {path} est plein&#xa0;: rien n&apos;a été enregistré. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} could not be read or written ({detail}): nothing was saved. Check the disk, or the network drive it is on, and try again.</source>
        <translation>{path} n&apos;a pas pu être lu ou écrit ({detail})&#xa0;: rien n&apos;a été enregistré. Vérifiez le disque, ou le lecteur réseau où il se trouve, et réessayez.</translation>
    </message>
</context>
</TS>
