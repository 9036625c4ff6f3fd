<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Workshop App</source>
        <translation>Acerca de Workshop App</translation>
    </message>
    <message>
        <source>Workshop App&apos;s icon: a round table with people</source>
        <translation>Icono de Workshop App: una mesa redonda con personas</translation>
    </message>
    <message>
        <source>Workshop App</source>
        <translation>Workshop App</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <source>Workshop App, version {version}</source>
        <translation>Workshop App, versión {version}</translation>
    </message>
    <message>
        <source>Walks a facilitator through the exercises of cross-sector partnership meetings, offline. Free software under the {licence} licence.</source>
        <translation>Guía a quien facilita por los ejercicios de las reuniones de alianzas intersectoriales, sin conexión. Software libre bajo la licencia {licence}.</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Datos:</translation>
    </message>
    <message>
        <source>&amp;Backups:</source>
        <translation>&amp;Copias de seguridad:</translation>
    </message>
    <message>
        <source>&amp;Open the data folder</source>
        <translation>&amp;Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>Built on these open-source components:</source>
        <translation>Construido con estos componentes de código abierto:</translation>
    </message>
    <message>
        <source>Open-source components and their licences</source>
        <translation>Componentes de código abierto y sus licencias</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU LGPL version 3: their libraries are separate files beside the app, which you may replace.</source>
        <translation>Qt y PySide6 se usan bajo la GNU LGPL versión 3: sus bibliotecas son archivos separados junto a la aplicación, que se pueden reemplazar.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message numerus="yes">
        <source>Mark %n action(s): {status}</source>
        <translation>
            <numerusform>Marcar %n acción: {status}</numerusform>
            <numerusform>Marcar %n acciones: {status}</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done ✔</source>
        <translation>Hecha ✔</translation>
    </message>
    <message>
        <source>Dropped ✘</source>
        <translation>Descartada ✘</translation>
    </message>
    <message>
        <source>Mark {n} action(s): {status}</source>
        <translation type="vanished">Marcar {n} acción(es): {status}</translation>
    </message>
</context>
<context>
    <name>ActionsDialog</name>
    <message>
        <source>Actions across meetings — {name}</source>
        <translation>Acciones entre reuniones — {name}</translation>
    </message>
    <message>
        <source>Filter the actions</source>
        <translation>Filtrar las acciones</translation>
    </message>
    <message>
        <source>Owner, partner or words of the action</source>
        <translation>Responsable, socio o palabras de la acción</translation>
    </message>
    <message>
        <source>Show actions with this status</source>
        <translation>Mostrar las acciones con este estado</translation>
    </message>
    <message>
        <source>Not finished (open or in progress)</source>
        <translation>Sin terminar (abiertas o en curso)</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Solo &amp;vencidas</translation>
    </message>
    <message>
        <source>Actions of every meeting</source>
        <translation>Acciones de todas las reuniones</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Agreed at</source>
        <translation>Acordada en</translation>
    </message>
    <message>
        <source>How many actions are listed</source>
        <translation>Cuántas acciones aparecen en la lista</translation>
    </message>
    <message>
        <source>Note kept with the new status</source>
        <translation>Nota que se guarda con el nuevo estado</translation>
    </message>
    <message>
        <source>What was delivered, or why it was dropped</source>
        <translation>Qué se entregó, o por qué se descartó</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>Abier&amp;ta</translation>
    </message>
    <message>
        <source>&amp;In progress</source>
        <translation>&amp;En curso</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecha</translation>
    </message>
    <message>
        <source>D&amp;ropped</source>
        <translation>Desc&amp;artada</translation>
    </message>
    <message>
        <source>Mark the selected actions:</source>
        <translation>Marcar las acciones seleccionadas:</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>sin responsable aún</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>sin fecha aún</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} actions listed.</source>
        <translation>{shown} de {total} acciones en la lista.</translation>
    </message>
    <message>
        <source>Select an action in the list first.</source>
        <translation>Primero hay que seleccionar una acción de la lista.</translation>
    </message>
    <message>
        <source>Alt + the underlined letter</source>
        <translation type="vanished">Alt + la letra subrayada</translation>
    </message>
</context>
<context>
    <name>AddTemplateDialog</name>
    <message>
        <source>Add from template</source>
        <translation>Añadir desde plantilla</translation>
    </message>
    <message>
        <source>The agenda after adding</source>
        <translation>La agenda después de añadir</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>Add its blocks</source>
        <translation>Añadir sus bloques</translation>
    </message>
    <message>
        <source>Adding it takes the agenda from {now} to {after}.</source>
        <translation>Al añadirla, la agenda pasa de {now} a {after}.</translation>
    </message>
</context>
<context>
    <name>AgendaPane</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Add block</source>
        <translation>Añadir bloque</translation>
    </message>
    <message>
        <source>Add from template…</source>
        <translation>Añadir desde plantilla…</translation>
    </message>
    <message>
        <source>Add the blocks of a template to this agenda</source>
        <translation>Añadir a esta agenda los bloques de una plantilla</translation>
    </message>
    <message>
        <source>Move block up</source>
        <translation>Subir el bloque</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move block down</source>
        <translation>Bajar el bloque</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the block (Ctrl+Z brings it back)</source>
        <translation>Quitar el bloque (Ctrl+Z lo recupera)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Timebox in minutes</source>
        <translation>Tiempo asignado en minutos</translation>
    </message>
    <message>
        <source>Timebox:</source>
        <translation>Tiempo:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Building trust</source>
        <translation>Construir confianza</translation>
    </message>
    <message>
        <source>Scoping the issue and a common fact base</source>
        <translation>Delimitar el problema y una base común de hechos</translation>
    </message>
    <message>
        <source>Agreeing on measures of success</source>
        <translation>Acordar medidas de éxito</translation>
    </message>
    <message>
        <source>Committing to information sharing</source>
        <translation>Comprometerse a compartir información</translation>
    </message>
</context>
<context>
    <name>AgreementPanel</name>
    <message>
        <source>Vote method</source>
        <translation>Método de votación</translation>
    </message>
    <message>
        <source>Decision rule</source>
        <translation>Regla de decisión</translation>
    </message>
    <message>
        <source>Level votes must reach</source>
        <translation>Nivel que deben alcanzar los votos</translation>
    </message>
    <message>
        <source>Share of votes that must reach the level</source>
        <translation>Proporción de votos que debe alcanzar el nivel</translation>
    </message>
    <message>
        <source>How many indicators are adopted</source>
        <translation>Cuántos indicadores se adoptan</translation>
    </message>
    <message>
        <source>Dots per person</source>
        <translation>Puntos por persona</translation>
    </message>
    <message>
        <source>Most dots one person may put on one item</source>
        <translation>Máximo de puntos que una persona puede poner en un elemento</translation>
    </message>
    <message>
        <source>People voting</source>
        <translation>Personas que votan</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>sin contar</translation>
    </message>
    <message>
        <source>Keep results hidden from the room until revealed</source>
        <translation>Ocultar los resultados a la sala hasta revelarlos</translation>
    </message>
    <message>
        <source>Show or hide the results on the projector (Ctrl+R)</source>
        <translation>Mostrar u ocultar los resultados en el proyector (Ctrl+R)</translation>
    </message>
    <message>
        <source>Clear all tallies</source>
        <translation>Borrar recuentos</translation>
    </message>
    <message>
        <source>Remove every vote of this block (undoable); the rule can then be changed</source>
        <translation>Quitar todos los votos de este bloque (se puede deshacer); después se puede cambiar la regla</translation>
    </message>
    <message>
        <source>The decision rule in words</source>
        <translation>La regla de decisión en palabras</translation>
    </message>
    <message>
        <source>Vote status</source>
        <translation>Estado de la votación</translation>
    </message>
    <message>
        <source>Whose votes you are typing</source>
        <translation>De quién son los votos que se escriben</translation>
    </message>
    <message>
        <source>Tallies per indicator</source>
        <translation>Recuentos por indicador</translation>
    </message>
    <message>
        <source>Vote &amp;method:</source>
        <translation>&amp;Método de votación:</translation>
    </message>
    <message>
        <source>Decision &amp;rule:</source>
        <translation>&amp;Regla de decisión:</translation>
    </message>
    <message>
        <source>Dots per person:</source>
        <translation>Puntos por persona:</translation>
    </message>
    <message>
        <source>Most per item:</source>
        <translation>Máximo por elemento:</translation>
    </message>
    <message>
        <source>People voting:</source>
        <translation>Personas que votan:</translation>
    </message>
    <message>
        <source>&amp;Typing votes of:</source>
        <translation>Ingre&amp;sar votos de:</translation>
    </message>
    <message>
        <source>Answer columns show and take the votes of this group; type a number in a cell, Enter saves. “All votes” adds up every group.</source>
        <translation>Las columnas de respuesta muestran y reciben los votos de este grupo; escribir un número en una celda y Enter lo guarda. “Todos los votos” suma todos los grupos.</translation>
    </message>
    <message>
        <source>Change vote settings</source>
        <translation>Cambiar la configuración de la votación</translation>
    </message>
    <message>
        <source>Decision rule: {rule}</source>
        <translation>Regla de decisión: {rule}</translation>
    </message>
    <message>
        <source>The rule is locked because votes have been entered: it was set before the vote. Clear the tallies to change it.</source>
        <translation>La regla está bloqueada porque ya hay votos: se fijó antes de votar. Para cambiarla, hay que borrar los recuentos.</translation>
    </message>
    <message>
        <source>Announce this rule to the room before anyone votes.</source>
        <translation>Anunciar esta regla a la sala antes de que nadie vote.</translation>
    </message>
    <message>
        <source>Hide results again (Ctrl+R)</source>
        <translation>Volver a ocultar (Ctrl+R)</translation>
    </message>
    <message>
        <source>Reveal results (Ctrl+R)</source>
        <translation>Revelar resultados (Ctrl+R)</translation>
    </message>
    <message>
        <source>The room sees the results.</source>
        <translation>La sala ve los resultados.</translation>
    </message>
    <message>
        <source>The room does not see the results yet.</source>
        <translation>La sala todavía no ve los resultados.</translation>
    </message>
    <message>
        <source>Warning: {used} dots counted but only {allowed} were handed out.</source>
        <translation>Atención: se contaron {used} puntos, pero solo se repartieron {allowed}.</translation>
    </message>
    <message>
        <source>Warning: more than {most} dots on {names}.</source>
        <translation>Atención: más de {most} puntos en {names}.</translation>
    </message>
    <message>
        <source>Dissent on: {names}.</source>
        <translation>Desacuerdo en: {names}.</translation>
    </message>
    <message>
        <source>Warning: {total} dots counted, but the {n} people present have only {most} dots between them.</source>
        <translation>Atención: se contaron {total} puntos, pero las {n} personas presentes solo tienen {most} puntos entre todas.</translation>
    </message>
    <message>
        <source>Warning: {total} votes counted on {name}, more than the {n} people present.</source>
        <translation>Atención: se contaron {total} votos para {name}, más que las {n} personas presentes.</translation>
    </message>
    <message>
        <source>everyone (not by sector)</source>
        <translation>todos (sin separar por sector)</translation>
    </message>
    <message>
        <source>Choose the vote method</source>
        <translation>Elegir el método de votación</translation>
    </message>
    <message>
        <source>Choose the decision rule</source>
        <translation>Elegir la regla de decisión</translation>
    </message>
    <message>
        <source>Reveal results</source>
        <translation>Revelar los resultados</translation>
    </message>
    <message>
        <source>Hide results</source>
        <translation>Ocultar los resultados</translation>
    </message>
    <message>
        <source>Votes for {name!r}</source>
        <translation>Votos para {name!r}</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Acordado</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Aún no</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Compartido por</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilidad</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Mark agreed / not agreed (Space)</source>
        <translation>Marcar acordado / no acordado (Espacio)</translation>
    </message>
    <message>
        <source>Draft information-sharing agreement</source>
        <translation>Borrador de acuerdo para compartir información</translation>
    </message>
    <message>
        <source>Read each commitment aloud; mark it agreed only when every party to it agrees.</source>
        <translation>Leer en voz alta cada compromiso; marcarlo como acordado solo cuando todas sus partes estén de acuerdo.</translation>
    </message>
    <message>
        <source>Draft agreement as partners will read it:</source>
        <translation>Borrador del acuerdo tal como lo leerán los socios:</translation>
    </message>
    <message>
        <source>{n} of {total} commitments agreed</source>
        <translation>{n} de {total} compromisos acordados</translation>
    </message>
    <message>
        <source>the {sector} sector</source>
        <translation type="vanished">el sector {sector}</translation>
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
        <translation>Workshop App: error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong inside Workshop App (a bug). Your work up to the last change is saved. Details are below.</source>
        <translation>Algo falló dentro de Workshop App (un error del programa). El trabajo está guardado hasta el último cambio. Los detalles están abajo.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>This file is too large for a sign-in list ({mb} MB; at most 5 MB).</source>
        <translation>Este archivo es demasiado grande para una lista de registro ({mb} MB; máximo 5 MB).</translation>
    </message>
    <message>
        <source>The sign-in list could not be read: {reason}.</source>
        <translation>No se pudo leer la lista de registro: {reason}.</translation>
    </message>
    <message>
        <source>This file is not an Excel workbook (.xlsx): nothing was read.</source>
        <translation>Este archivo no es un libro de Excel (.xlsx): no se leyó nada.</translation>
    </message>
    <message>
        <source>This file is not a text or CSV file: open it in a spreadsheet and save it as CSV or .xlsx.</source>
        <translation>Este archivo no es de texto ni CSV: abrirlo en una hoja de cálculo y guardarlo como CSV o .xlsx.</translation>
    </message>
    <message>
        <source>This CSV file is not in UTF-8: save it again as “CSV UTF-8” and import that.</source>
        <translation>Este archivo CSV no está en UTF-8: guardarlo de nuevo como “CSV UTF-8” e importar ese.</translation>
    </message>
    <message>
        <source>This CSV file is malformed ({reason}): nothing was read.</source>
        <translation>Este archivo CSV tiene un formato incorrecto ({reason}): no se leyó nada.</translation>
    </message>
    <message>
        <source>This workbook unpacks to far more than a sign-in list: not read.</source>
        <translation>Este libro se descomprime en mucho más que una lista de registro: no se leyó.</translation>
    </message>
    <message>
        <source>This workbook could not be opened ({reason}): save it again from your spreadsheet and import it again.</source>
        <translation>No se pudo abrir este libro ({reason}): guardarlo de nuevo desde la hoja de cálculo y volver a importarlo.</translation>
    </message>
    <message>
        <source>This workbook is damaged ({reason}): save it again from your spreadsheet and import it again.</source>
        <translation>Este libro está dañado ({reason}): guardarlo de nuevo desde la hoja de cálculo y volver a importarlo.</translation>
    </message>
    <message>
        <source>The workbook holds formulas (cell {cell}): a sign-in list holds names only. Copy the names as values into a new sheet and import that.</source>
        <translation>El libro contiene fórmulas (celda {cell}): una lista de registro solo contiene nombres. Copiar los nombres como valores en una hoja nueva e importar esa.</translation>
    </message>
    <message>
        <source>This list has more than {limit} rows, more than any meeting: nothing was read.</source>
        <translation>Esta lista tiene más de {limit} filas, más que cualquier reunión: no se leyó nada.</translation>
    </message>
    <message>
        <source>Row {row} holds more than {limit} characters in one cell: this is not a sign-in list.</source>
        <translation>La fila {row} tiene más de {limit} caracteres en una celda: esto no es una lista de registro.</translation>
    </message>
    <message>
        <source>Row {row} holds a formula or control characters, not a name: nothing was read.</source>
        <translation>La fila {row} contiene una fórmula o caracteres de control, no un nombre: no se leyó nada.</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Attendance — {title}</source>
        <translation>Asistencia — {title}</translation>
    </message>
    <message>
        <source>How many are present</source>
        <translation>Cuántas personas están presentes</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Lista de asistencia</translation>
    </message>
    <message>
        <source>Space ticks the selected people present, or back; Ctrl+A selects everyone. Someone not on the roster: type their name below.</source>
        <translation>Espacio marca o desmarca como presentes a las personas seleccionadas; Ctrl+A selecciona a todas. Si alguien no está en la lista, escribir su nombre abajo.</translation>
    </message>
    <message>
        <source>Name of someone not on the roster</source>
        <translation>Nombre de alguien que no está en la lista</translation>
    </message>
    <message>
        <source>Name of a walk-in, then Enter</source>
        <translation>Nombre de quien llega sin inscripción, luego Enter</translation>
    </message>
    <message>
        <source>Organisation of the walk-in</source>
        <translation>Organización de quien llega sin inscripción</translation>
    </message>
    <message>
        <source>A&amp;dd walk-in</source>
        <translation>Añadir sin &amp;inscripción</translation>
    </message>
    <message>
        <source>Add the walk-in as present</source>
        <translation>Añadir como presente a quien llegó sin inscripción</translation>
    </message>
    <message>
        <source>&amp;Import sign-in list…</source>
        <translation>Importar &amp;lista de registro…</translation>
    </message>
    <message>
        <source>Import a sign-in list (CSV or Excel)</source>
        <translation>Importar una lista de registro (CSV o Excel)</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) list of names and organisations, checked first</source>
        <translation>Una lista CSV o Excel (.xlsx) de nombres y organizaciones, que se revisa primero</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>&amp;Walk-in:</source>
        <translation>Sin ins&amp;cripción:</translation>
    </message>
    <message>
        <source>&amp;of:</source>
        <translation>&amp;de:</translation>
    </message>
    <message>
        <source>{n} present from {m} organisations, of {total} listed.</source>
        <translation>{n} presentes de {m} organizaciones, de {total} en la lista.</translation>
    </message>
    <message>
        <source>No partner organisation</source>
        <translation>Ninguna organización socia</translation>
    </message>
    <message>
        <source>Tick present</source>
        <translation>Marcar presente</translation>
    </message>
    <message>
        <source>Untick present</source>
        <translation>Desmarcar presente</translation>
    </message>
    <message>
        <source>Present: {names}.</source>
        <translation>Presentes: {names}.</translation>
    </message>
    <message>
        <source>Not here: {names}.</source>
        <translation>Ausentes: {names}.</translation>
    </message>
    <message>
        <source>{name} is already ticked present.</source>
        <translation>{name} ya está marcado como presente.</translation>
    </message>
    <message>
        <source>Added {name}, present.</source>
        <translation>Se añadió a {name}, presente.</translation>
    </message>
    <message>
        <source>Import a sign-in list</source>
        <translation>Importar una lista de registro</translation>
    </message>
    <message>
        <source>Sign-in lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Listas de registro (*.csv *.xlsx *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading the sign-in list…</source>
        <translation>Leyendo la lista de registro…</translation>
    </message>
    <message>
        <source>The sign-in list holds no names: nothing changed.</source>
        <translation>La lista de registro no contiene nombres: no cambió nada.</translation>
    </message>
    <message>
        <source>Import sign-in list</source>
        <translation>Importar lista de registro</translation>
    </message>
    <message>
        <source>Everyone on the list was already present.</source>
        <translation>Todas las personas de la lista ya estaban presentes.</translation>
    </message>
    <message>
        <source>Ticked {n} people present from the sign-in list.</source>
        <translation>Se marcaron {n} personas como presentes a partir de la lista de registro.</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>not here</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation>Sin organización</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>This failed because of a bug in Workshop App (it has been logged): {error}</source>
        <translation>Esto falló por un error de Workshop App (quedó registrado): {error}</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
</context>
<context>
    <name>BalancePanel</name>
    <message>
        <source>Balance of the adopted indicators</source>
        <translation>Equilibrio de los indicadores adoptados</translation>
    </message>
    <message>
        <source>Computed from the agreement votes; the room sees the chart. Adopt or re-vote to change it.</source>
        <translation>Calculado a partir de los votos del acuerdo; la sala ve el gráfico. Para cambiarlo, adoptar un indicador o volver a votar.</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptados</translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <source>Deleted workshops</source>
        <translation>Talleres eliminados</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Workshops you deleted. Restore puts one back.</source>
        <translation>Talleres eliminados. Restaurar recupera uno.</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>No collaborations yet. Try: workshop-app demo</source>
        <translation>Todavía no hay colaboraciones. Probar: workshop-app demo</translation>
    </message>
    <message>
        <source>{n} partners</source>
        <translation>{n} socios</translation>
    </message>
    <message>
        <source>no workshops</source>
        <translation>sin talleres</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation>{n} elementos</translation>
    </message>
    <message>
        <source>--limit must be 1 or more.</source>
        <translation>--limit debe ser 1 o más.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>collaboration name</source>
        <translation>nombre de la colaboración</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lugar</translation>
    </message>
    <message>
        <source>Nothing matches {words!r}.</source>
        <translation>Nada coincide con {words!r}.</translation>
    </message>
    <message>
        <source>collaboration found by its name; no workshop yet</source>
        <translation>colaboración encontrada por su nombre; aún sin talleres</translation>
    </message>
    <message numerus="yes">
        <source>said in %n item</source>
        <translation>
            <numerusform>dicho en %n elemento</numerusform>
            <numerusform>dicho en %n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>said in %n items</source>
        <translation>
            <numerusform>dicho en %n elemento</numerusform>
            <numerusform>dicho en %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>found by {why}</source>
        <translation>encontrado por {why}</translation>
    </message>
    <message>
        <source>The demo collaboration is already in {path} (id {id}); nothing was added.</source>
        <translation>La colaboración de demostración ya está en {path} (id {id}); no se añadió nada.</translation>
    </message>
    <message>
        <source>Added the demo collaboration &apos;{name}&apos; ({id}) to {path}.</source>
        <translation>Se añadió la colaboración de demostración &apos;{name}&apos; ({id}) a {path}.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>No hay ninguna base de datos en {path}.</translation>
    </message>
    <message>
        <source>{path} is damaged: {problems}. Restore a backup.</source>
        <translation>{path} está dañado: {problems}. Restaurar una copia de seguridad.</translation>
    </message>
    <message>
        <source>{path}: no damage found; format version {version} (this app reads up to {known}).</source>
        <translation>{path}: no se encontraron daños; versión de formato {version} (esta aplicación lee hasta la {known}).</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>taller</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name or allow overwriting (--force).</source>
        <translation>{path} ya existe; elegir otro nombre o permitir sobrescribir (--force).</translation>
    </message>
    <message>
        <source>{id} matches several {what}s; give more of the id.</source>
        <translation>{id} coincide con varios elementos de tipo {what}; indicar más caracteres del id.</translation>
    </message>
    <message>
        <source>There is no {what} with the id {id} (see: workshop-app list).</source>
        <translation>No existe ningún elemento de tipo {what} con el id {id} (ver: workshop-app list).</translation>
    </message>
    <message>
        <source>Give either a WORKSHOP_ID or --collaboration, not both.</source>
        <translation>Indicar un WORKSHOP_ID o --collaboration, no ambos.</translation>
    </message>
    <message>
        <source>Say what to export: a WORKSHOP_ID or --collaboration ID.</source>
        <translation>Indicar qué exportar: un WORKSHOP_ID o --collaboration ID.</translation>
    </message>
    <message>
        <source>--table only applies to --format csv.</source>
        <translation>--table solo se aplica a --format csv.</translation>
    </message>
    <message>
        <source>collaboration</source>
        <translation>colaboración</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>Se escribió {path}.</translation>
    </message>
    <message>
        <source>There is no table {name}; choose one of: {names}.</source>
        <translation>No existe la tabla {name}; elegir una de: {names}.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another folder or allow overwriting (--force).</source>
        <translation>{path} ya existe; elegir otra carpeta o permitir sobrescribir (--force).</translation>
    </message>
    <message>
        <source>Wrote {n} tables to {folder}.</source>
        <translation>Se escribieron {n} tablas en {folder}.</translation>
    </message>
    <message>
        <source>Wrote {path} ({paper}).</source>
        <translation>Se escribió {path} ({paper}).</translation>
    </message>
    <message>
        <source>--size must look like 1920x1080.</source>
        <translation>--size debe tener la forma 1920x1080.</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Todavía no hay copias de seguridad.</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>en buen estado</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>DAÑADA</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>Copia de seguridad escrita en {path}.</translation>
    </message>
    <message>
        <source>There is no backup at {path}.</source>
        <translation>No hay ninguna copia de seguridad en {path}.</translation>
    </message>
    <message>
        <source>Restored {backup} into {path}.</source>
        <translation>Se restauró {backup} en {path}.</translation>
    </message>
    <message>
        <source>There is no exercise kind {key!r}; &apos;methods&apos; lists them.</source>
        <translation>No existe el tipo de ejercicio {key!r}; &apos;methods&apos; los enumera.</translation>
    </message>
    <message>
        <source>The workshop has {n} blocks; choose one from 1 to {n}.</source>
        <translation>El taller tiene {n} bloques; elegir uno del 1 al {n}.</translation>
    </message>
    <message>
        <source>Cannot serve on {host} port {port}: {reason}.</source>
        <translation>No se puede servir en {host} puerto {port}: {reason}.</translation>
    </message>
    <message>
        <source>Join at {address} with code {code} (Ctrl+C stops).</source>
        <translation>Unirse en {address} con el código {code} (Ctrl+C detiene).</translation>
    </message>
    <message>
        <source>the database file (default: $WORKSHOP_APP_DB or the user data folder)</source>
        <translation>el archivo de base de datos (por defecto: $WORKSHOP_APP_DB o la carpeta de datos del usuario)</translation>
    </message>
    <message>
        <source>overwrite an existing output file</source>
        <translation>sobrescribir un archivo de salida existente</translation>
    </message>
    <message>
        <source>the block&apos;s number in the agenda, from 1 (default: 1)</source>
        <translation>el número del bloque en la agenda, desde 1 (por defecto: 1)</translation>
    </message>
    <message>
        <source>the language to write in (default: the room and exports language chosen in Edit → Preferences…, else this computer&apos;s)</source>
        <translation>el idioma en que escribir (por omisión: el idioma de la sala y las exportaciones elegido en Editar → Preferencias…, si no, el de esta computadora)</translation>
    </message>
    <message>
        <source>Facilitate cross-sector partnership workshops offline. Without a command, opens the window.</source>
        <translation>Facilitar talleres de alianzas intersectoriales sin conexión. Sin un comando, abre la ventana.</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>mostrar la versión y salir</translation>
    </message>
    <message>
        <source>open the window (the default)</source>
        <translation>abrir la ventana (por defecto)</translation>
    </message>
    <message>
        <source>list collaborations and their workshops with ids</source>
        <translation>listar las colaboraciones y sus talleres con sus ids</translation>
    </message>
    <message>
        <source>add the demo collaboration &apos;Safer Riverton Partnership&apos; (once: does nothing if it is already there)</source>
        <translation>añadir la colaboración de demostración &apos;Safer Riverton Partnership&apos; (una vez: no hace nada si ya existe)</translation>
    </message>
    <message>
        <source>check the database for damage and show its format version</source>
        <translation>revisar si la base de datos tiene daños y mostrar su versión de formato</translation>
    </message>
    <message>
        <source>describe every exercise kind: what it captures, who sees it, its settings</source>
        <translation>describir cada tipo de ejercicio: qué registra, quién lo ve, su configuración</translation>
    </message>
    <message>
        <source>the method library: every exercise kind with its purpose, or one kind&apos;s whole entry (when to use it, group size, time needed, steps)</source>
        <translation>la biblioteca de métodos: cada tipo de ejercicio con su propósito, o la entrada completa de un tipo (cuándo usarlo, tamaño del grupo, tiempo necesario, pasos)</translation>
    </message>
    <message>
        <source>show this kind&apos;s whole entry (its key, as methods lists it)</source>
        <translation>mostrar la entrada completa de este tipo (su clave, tal como la lista methods)</translation>
    </message>
    <message>
        <source>find collaborations by name, workshops by title or place, and what was said in them (best match first; the words found in bold, or *so* when not a terminal)</source>
        <translation>buscar colaboraciones por nombre, talleres por título o lugar, y lo que se dijo en ellos (primero lo que mejor coincide; las palabras encontradas en negrita, o *así* fuera de una terminal)</translation>
    </message>
    <message>
        <source>what to look for</source>
        <translation>qué buscar</translation>
    </message>
    <message>
        <source>at most this many workshops (50)</source>
        <translation>como máximo esta cantidad de talleres (50)</translation>
    </message>
    <message>
        <source>export a workshop summary, its tables or data, or a collaboration report</source>
        <translation>exportar el resumen de un taller, sus tablas o datos, o un informe de la colaboración</translation>
    </message>
    <message>
        <source>the workshop&apos;s id (or a unique start of it; see list)</source>
        <translation>el id del taller (o un comienzo único de él; ver list)</translation>
    </message>
    <message>
        <source>export the report across all workshops of this collaboration instead</source>
        <translation>exportar en su lugar el informe de todos los talleres de esta colaboración</translation>
    </message>
    <message>
        <source>output format (default: md)</source>
        <translation>formato de salida (por defecto: md)</translation>
    </message>
    <message>
        <source>who it is for: public = public items only, partners = all but internal, internal = everything (default: partners)</source>
        <translation>para quién es: public = solo elementos públicos, partners = todo menos lo interno, internal = todo (por defecto: partners)</translation>
    </message>
    <message>
        <source>write to this file (for csv: a folder, or a .csv file with --table, or a .zip); default: standard output</source>
        <translation>escribir en este archivo (para csv: una carpeta, o un archivo .csv con --table, o un .zip); por defecto: salida estándar</translation>
    </message>
    <message>
        <source>csv only: one table ({names})</source>
        <translation>solo csv: una tabla ({names})</translation>
    </message>
    <message>
        <source>pdf only: paper size (default: a4)</source>
        <translation>solo pdf: tamaño de papel (por defecto: a4)</translation>
    </message>
    <message>
        <source>print the paper for the tables to one PDF: the agenda with times, a sign-in sheet, ballots, dot votes, idea cards and the join card</source>
        <translation>imprimir el material para las mesas en un solo PDF: la agenda con horarios, una hoja de registro, papeletas, votación por puntos, tarjetas de ideas y la tarjeta de acceso</translation>
    </message>
    <message>
        <source>paper size (default: the paper of this computer&apos;s region)</source>
        <translation>tamaño de papel (por defecto: el papel de la región de esta computadora)</translation>
    </message>
    <message>
        <source>import a workshop from a JSON file exported by this app</source>
        <translation>importar un taller desde un archivo JSON exportado por esta aplicación</translation>
    </message>
    <message>
        <source>save what the projector shows for one block as PNG</source>
        <translation>guardar como PNG lo que el proyector muestra para un bloque</translation>
    </message>
    <message>
        <source>the page, for a room view too long for one screen (default: 1)</source>
        <translation>la página, para una vista de sala demasiado larga para una pantalla (por defecto: 1)</translation>
    </message>
    <message>
        <source>open one block to the room&apos;s phones: prints the join address and code, serves until interrupted</source>
        <translation>abrir un bloque a los teléfonos de la sala: muestra la dirección y el código de acceso, y sirve hasta que se interrumpa</translation>
    </message>
    <message>
        <source>the address to listen on (default: every network of this computer)</source>
        <translation>la dirección en la que escuchar (por defecto: todas las redes de esta computadora)</translation>
    </message>
    <message>
        <source>the port (default: any free one)</source>
        <translation>el puerto (por defecto: cualquiera libre)</translation>
    </message>
    <message>
        <source>make a backup copy of the database now</source>
        <translation>hacer ahora una copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <source>list existing backups instead</source>
        <translation>listar en su lugar las copias de seguridad existentes</translation>
    </message>
    <message>
        <source>replace the database by a backup (the replaced file is kept aside)</source>
        <translation>reemplazar la base de datos por una copia de seguridad (el archivo reemplazado se guarda aparte)</translation>
    </message>
    <message>
        <source>said in {n} item</source>
        <translation type="vanished">dicho en {n} elemento</translation>
    </message>
    <message>
        <source>said in {n} items</source>
        <translation type="vanished">dicho en {n} elementos</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Shares…</source>
        <translation>Comparte…</translation>
    </message>
    <message>
        <source>…with</source>
        <translation>…con</translation>
    </message>
    <message>
        <source>no ratings yet</source>
        <translation>aún sin calificaciones</translation>
    </message>
    <message>
        <source>average {average} of 5 · {count} ratings</source>
        <translation>promedio {average} de 5 · {count} calificaciones</translation>
    </message>
</context>
<context>
    <name>ChoiceDelegate</name>
    <message>
        <source>Choose a value</source>
        <translation>Elegir un valor</translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <source>Judging indicators</source>
        <translation>Evaluar indicadores</translation>
    </message>
    <message>
        <source>Capacity check</source>
        <translation>Verificación de capacidad</translation>
    </message>
    <message>
        <source>Kind of the next criterion</source>
        <translation>Tipo del próximo criterio</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>A criterion, then Enter</source>
        <translation>Un criterio, luego Enter</translation>
    </message>
    <message>
        <source>Add the standard criteria</source>
        <translation>Añadir los criterios estándar</translation>
    </message>
    <message>
        <source>Relevant to the vision and the facts, data obtainable in time, lived experience; expertise, access, resources (Ctrl+D)</source>
        <translation>Pertinente para la visión y los hechos, datos obtenibles a tiempo, experiencia vivida; conocimientos, acceso, recursos (Ctrl+D)</translation>
    </message>
    <message>
        <source>Agree these before anyone proposes an indicator. Each indicator is then scored against them.</source>
        <translation>Acordarlos antes de que nadie proponga un indicador. Luego cada indicador se puntúa según ellos.</translation>
    </message>
</context>
<context>
    <name>DataInventoryPanel</name>
    <message>
        <source>Shared by</source>
        <translation>Compartido por</translation>
    </message>
    <message>
        <source>Shared &amp;by:</source>
        <translation>Compartido &amp;por:</translation>
    </message>
    <message>
        <source>Data to be shared</source>
        <translation>Datos que se compartirán</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilidad</translation>
    </message>
    <message>
        <source>Legal constraints</source>
        <translation>Restricciones legales</translation>
    </message>
    <message>
        <source>What will be shared? Then Enter</source>
        <translation>¿Qué se compartirá? Luego Enter</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Compartido con</translation>
    </message>
    <message>
        <source>Other constraints</source>
        <translation>Otras restricciones</translation>
    </message>
    <message>
        <source>Other constraints, separated by commas</source>
        <translation>Otras restricciones, separadas por comas</translation>
    </message>
    <message>
        <source>Partnership history warnings</source>
        <translation>Avisos de la historia de la alianza</translation>
    </message>
    <message>
        <source>Selected commitment</source>
        <translation>Compromiso seleccionado</translation>
    </message>
    <message>
        <source>Select a commitment to tick who receives it and the rules that apply.</source>
        <translation>Seleccionar un compromiso para marcar quién lo recibe y las reglas que se aplican.</translation>
    </message>
    <message>
        <source>Shared w&amp;ith (Space ticks):</source>
        <translation>Compartido &amp;con (Espacio marca):</translation>
    </message>
    <message>
        <source>&amp;Legal constraints (Space ticks):</source>
        <translation>&amp;Restricciones legales (Espacio marca):</translation>
    </message>
    <message>
        <source>Partnership history:</source>
        <translation>Historia de la alianza:</translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n pair(s) without a good history</source>
        <translation>
            <numerusform>Atención: %n par sin una buena historia</numerusform>
            <numerusform>Atención: %n pares sin una buena historia</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: {w}</source>
        <translation>Atención: {w}</translation>
    </message>
    <message>
        <source>Change who receives the data</source>
        <translation>Cambiar quién recibe los datos</translation>
    </message>
    <message>
        <source>Change legal constraints</source>
        <translation>Cambiar las restricciones legales</translation>
    </message>
    <message>
        <source>Change other constraints</source>
        <translation>Cambiar otras restricciones</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="vanished">— elegir —</translation>
    </message>
</context>
<context>
    <name>DialogCommands</name>
    <message>
        <source>Open a workshop or select a collaboration first: actions are followed per collaboration.</source>
        <translation>Primero hay que abrir un taller o seleccionar una colaboración: el seguimiento de las acciones es por colaboración.</translation>
    </message>
    <message>
        <source>Open a workshop or select a collaboration with a meeting first: measurements are recorded with a meeting.</source>
        <translation>Primero hay que abrir un taller o seleccionar una colaboración con una reunión: las mediciones se registran con una reunión.</translation>
    </message>
    <message>
        <source>Open a workshop or select a collaboration first: a report covers one.</source>
        <translation>Primero hay que abrir un taller o seleccionar una colaboración: un informe abarca una.</translation>
    </message>
    <message>
        <source>Open a workshop first: its agenda becomes the template.</source>
        <translation>Primero hay que abrir un taller: su agenda se convierte en la plantilla.</translation>
    </message>
    <message>
        <source>Saved “{name}” as your template: New workshop and Add from template offer it.</source>
        <translation>Se guardó “{name}” como plantilla propia: Nuevo taller y Añadir desde plantilla la ofrecen.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Open a workshop first.</source>
        <translation>Primero hay que abrir un taller.</translation>
    </message>
    <message>
        <source>Handouts</source>
        <translation>Impresos</translation>
    </message>
</context>
<context>
    <name>Discretion</name>
    <message>
        <source>Change who is {role}: {decision}</source>
        <translation>Cambiar el rol “{role}”: {decision}</translation>
    </message>
    <message>
        <source>Decides</source>
        <translation>Decide</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Consultado</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Informado</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
</context>
<context>
    <name>EditableTable</name>
    <message>
        <source>This cell counts: type a number (or + and −). Words go in the side lists: Ctrl+Shift+F a private note, Ctrl+Shift+D a decision, Ctrl+Shift+P the parking lot.</source>
        <translation>Esta celda cuenta: escribir un número (o + y −). Las palabras van en las listas laterales: Ctrl+Shift+F una nota privada, Ctrl+Shift+D una decisión, Ctrl+Shift+P el estacionamiento de temas.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>⚠ Problem: {message}</source>
        <translation>⚠ Problema: {message}</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <source>Purpose not chosen yet</source>
        <translation>Propósito aún sin elegir</translation>
    </message>
    <message>
        <source>Learning: what works, what to change</source>
        <translation>Aprendizaje: qué funciona, qué cambiar</translation>
    </message>
    <message>
        <source>Accountability: did we do what we promised</source>
        <translation>Rendición de cuentas: ¿hicimos lo que prometimos?</translation>
    </message>
    <message>
        <source>Funding: the case for continuing</source>
        <translation>Financiamiento: argumentos para continuar</translation>
    </message>
</context>
<context>
    <name>EvaluationPurposePanel</name>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>Pro&amp;pósito:</translation>
    </message>
    <message>
        <source>Purpose of the next question</source>
        <translation>Propósito de la próxima pregunta</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Para quién</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Para cuándo</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Agreed?</source>
        <translation>¿Acordada?</translation>
    </message>
    <message>
        <source>✔ Agreed</source>
        <translation>✔ Acordada</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Aún no</translation>
    </message>
    <message>
        <source>Agreed / not yet (Ctrl+Return)</source>
        <translation>Acordada / aún no (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Select a question in the list first.</source>
        <translation>Primero hay que seleccionar una pregunta de la lista.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>The question the evaluation must answer, then Enter</source>
        <translation>La pregunta que debe responder la evaluación, luego Enter</translation>
    </message>
    <message>
        <source>Choose the purpose, type the question and press Enter (Tab first to say for whom, by when and with which indicators).</source>
        <translation>Elegir el propósito, escribir la pregunta y pulsar Enter (antes, Tab para indicar para quién, para cuándo y con qué indicadores).</translation>
    </message>
</context>
<context>
    <name>Exercises</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Building trust</source>
        <translation>Construir confianza</translation>
    </message>
    <message>
        <source>Scoping the issue and a common fact base</source>
        <translation>Delimitar el problema y una base común de hechos</translation>
    </message>
    <message>
        <source>Agreeing on measures of success</source>
        <translation>Acordar medidas de éxito</translation>
    </message>
    <message>
        <source>Committing to information sharing</source>
        <translation>Comprometerse a compartir información</translation>
    </message>
    <message>
        <source>Since last meeting</source>
        <translation>Desde la última reunión</translation>
    </message>
    <message>
        <source>Go through the actions of earlier meetings owner by owner and mark each done, in progress or dropped, with a note. Read back the last meeting&apos;s decisions, and bring in the parked topics this meeting will take up.</source>
        <translation>Repasar las acciones de reuniones anteriores, responsable por responsable, y marcar cada una como hecha, en curso o descartada, con una nota. Releer las decisiones de la última reunión y retomar los temas estacionados que esta reunión va a tratar.</translation>
    </message>
    <message>
        <source>What have we done since last time?</source>
        <translation>¿Qué hemos hecho desde la última vez?</translation>
    </message>
    <message>
        <source>Open discussion</source>
        <translation>Conversación abierta</translation>
    </message>
    <message>
        <source>Use for anything the agenda needs that has no exercise of its own. Capture what people say in their words; group similar points into clusters afterwards rather than while people talk.</source>
        <translation>Para todo lo que la agenda necesite y no tenga un ejercicio propio. Anotar lo que dice la gente con sus propias palabras; agrupar los puntos parecidos después, no mientras hablan.</translation>
    </message>
    <message>
        <source>What should we discuss?</source>
        <translation>¿De qué debemos hablar?</translation>
    </message>
    <message>
        <source>Vote on anything</source>
        <translation>Votar sobre cualquier lista</translation>
    </message>
    <message>
        <source>Type the options or choose a list from an earlier block, then announce the method and the decision rule before anyone votes. Enter the tallies, reveal them and look at the spread before saying what was adopted.</source>
        <translation>Escribir las opciones o elegir una lista de un bloque anterior, y anunciar el método y la regla de decisión antes de que nadie vote. Ingresar los recuentos, revelarlos y mirar la dispersión antes de decir qué se adoptó.</translation>
    </message>
    <message>
        <source>Which of these do we choose?</source>
        <translation>¿Cuál de estas opciones elegimos?</translation>
    </message>
    <message>
        <source>Wrap-up: decisions and actions</source>
        <translation>Cierre: decisiones y acciones</translation>
    </message>
    <message>
        <source>Read back the decisions taken today and check each one with the room: Alt+R goes to the list, Space ticks each as read back. Every action needs one owner (a person, not an organisation) and a date. Look at the parking lot: give each item an owner or agree to drop it.</source>
        <translation>Releer las decisiones de hoy y confirmar cada una con la sala: Alt+R lleva a la lista y Espacio marca cada una como releída. Cada acción necesita un responsable (una persona, no una organización) y una fecha. Revisar el estacionamiento de temas: dar a cada tema un responsable o acordar descartarlo.</translation>
    </message>
    <message>
        <source>What did we decide, who does what by when?</source>
        <translation>¿Qué decidimos y quién hace qué y para cuándo?</translation>
    </message>
    <message>
        <source>Who is at the table</source>
        <translation>Quién está en la mesa</translation>
    </message>
    <message>
        <source>Go round the room: each organisation says who it is, what it brings, what it needs from this partnership and to whom it answers. Keep it short and concrete.</source>
        <translation>Dar una vuelta por la sala: cada organización dice quién es, qué aporta, qué necesita de esta alianza y ante quién responde. Breve y concreto.</translation>
    </message>
    <message>
        <source>Who are we, what do we bring, what do we need, and to whom do we answer?</source>
        <translation>¿Quiénes somos, qué aportamos, qué necesitamos y ante quién respondemos?</translation>
    </message>
    <message>
        <source>Partnership history</source>
        <translation>Historia de la alianza</translation>
    </message>
    <message>
        <source>Ask which partners have worked together before and how it went. A failed or missing history is not a verdict; it tells you where trust must be built before data can be shared.</source>
        <translation>Preguntar qué socios han trabajado juntos antes y cómo resultó. Una historia fallida o inexistente no es un veredicto: indica dónde hay que construir confianza antes de poder compartir datos.</translation>
    </message>
    <message>
        <source>Where have we worked together before, and what did we learn?</source>
        <translation>¿Dónde hemos trabajado juntos antes y qué aprendimos?</translation>
    </message>
    <message>
        <source>Trust check-in</source>
        <translation>Sondeo de confianza</translation>
    </message>
    <message>
        <source>Read each statement; people rate it 1 to 5 by show of hands or on paper. Enter the tallies; keep results hidden until everyone has rated.</source>
        <translation>Leer cada afirmación; la gente la califica de 1 a 5 a mano alzada o en papel. Ingresar los recuentos; mantener ocultos los resultados hasta que todos hayan calificado.</translation>
    </message>
    <message>
        <source>How far do you agree? 1 = not at all, 5 = completely.</source>
        <translation>¿Cuánto está de acuerdo? 1 = nada, 5 = totalmente.</translation>
    </message>
    <message>
        <source>Hopes, concerns and working agreements</source>
        <translation>Esperanzas, preocupaciones y acuerdos de trabajo</translation>
    </message>
    <message>
        <source>Collect hopes and concerns first, then turn concerns into working agreements the room can hold each other to. Mark an agreement agreed only when nobody objects.</source>
        <translation>Reunir primero las esperanzas y las preocupaciones; luego convertir las preocupaciones en acuerdos de trabajo que la sala pueda exigirse mutuamente. Marcar un acuerdo como acordado solo cuando nadie se opone.</translation>
    </message>
    <message>
        <source>What do we hope for, what worries us, and how will we work together?</source>
        <translation>¿Qué esperamos, qué nos preocupa y cómo vamos a trabajar juntos?</translation>
    </message>
    <message>
        <source>Shared vision of success</source>
        <translation>Visión compartida del éxito</translation>
    </message>
    <message>
        <source>Ask each partner to finish the sentence &apos;We will know this partnership worked when…&apos;. Put the statements up, give everyone three dots, then combine the favourites into one vision the room can repeat. Mark it as the vision.</source>
        <translation>Pedir a cada socio que complete la frase &apos;Sabremos que esta alianza funcionó cuando…&apos;. Mostrar las frases, dar a cada persona tres puntos y luego combinar las favoritas en una visión que la sala pueda repetir. Marcarla como la visión.</translation>
    </message>
    <message>
        <source>What does success look like, for all of us?</source>
        <translation>¿Cómo se ve el éxito para todos nosotros?</translation>
    </message>
    <message>
        <source>Interdependency</source>
        <translation>Interdependencia</translation>
    </message>
    <message>
        <source>Go round the table: what does each partner need from another to do its part? Choose who needs it, type what, say from whom. The room sees which sectors depend on which; mark a need promised when the partner named says it will provide it.</source>
        <translation>Dar una vuelta por la mesa: ¿qué necesita cada socio de otro para hacer su parte? Elegir quién lo necesita, escribir qué y decir de quién. La sala ve qué sectores dependen de cuáles; marcar una necesidad como prometida cuando el socio nombrado dice que la proporcionará.</translation>
    </message>
    <message>
        <source>What does each of us need from the others?</source>
        <translation>¿Qué necesita cada uno de nosotros de los demás?</translation>
    </message>
    <message>
        <source>Account for resources</source>
        <translation>Inventario de recursos</translation>
    </message>
    <message>
        <source>Ask each partner what it brings: money, staff time, data, facilities, authority, relationships. Then name what the partnership needs that nobody brings yet. The room sees partners by kind of resource, and the gaps.</source>
        <translation>Preguntar a cada socio qué aporta: dinero, tiempo de personal, datos, instalaciones, autoridad, relaciones. Luego nombrar lo que la alianza necesita y nadie aporta aún. La sala ve los socios por tipo de recurso, y los vacíos.</translation>
    </message>
    <message>
        <source>What does each of us bring, and what do we still need?</source>
        <translation>¿Qué aporta cada uno de nosotros y qué nos falta todavía?</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>Mapa de partes interesadas</translation>
    </message>
    <message>
        <source>Name who else is affected by the issue or missing from the table. Place each on the grid: high or low power, high or low interest. The room sees the four quadrants with their advice; invite someone and it becomes an action item.</source>
        <translation>Nombrar a quién más afecta el problema o quién falta en la mesa. Ubicar a cada uno en la cuadrícula: poder alto o bajo, interés alto o bajo. La sala ve los cuatro cuadrantes con su consejo; invitar a alguien lo convierte en una acción.</translation>
    </message>
    <message>
        <source>Who else is affected, or missing from this table?</source>
        <translation>¿A quién más afecta, o quién falta en esta mesa?</translation>
    </message>
    <message>
        <source>Share discretion</source>
        <translation>Discrecionalidad compartida</translation>
    </message>
    <message>
        <source>List the decisions the partnership will make. For each, tick which partners decide, which are consulted before and which are informed after. The room sees a decision-rights table; decisions nobody decides yet are named.</source>
        <translation>Enumerar las decisiones que tomará la alianza. Para cada una, marcar qué socios deciden, a cuáles se consulta antes y a cuáles se informa después. La sala ve una tabla de derechos de decisión; se señalan las decisiones que todavía nadie decide.</translation>
    </message>
    <message>
        <source>Which decisions will we make together, and who makes them?</source>
        <translation>¿Qué decisiones tomaremos juntos y quién las toma?</translation>
    </message>
    <message>
        <source>Governance and a manager</source>
        <translation>Gobernanza y coordinación</translation>
    </message>
    <message>
        <source>Go through six topics: structure, meeting cadence, how decisions are made, how disputes are settled, the manager&apos;s role and who fills it. Type each point under its topic and mark it agreed when the room agrees.</source>
        <translation>Recorrer seis temas: estructura, frecuencia de reuniones, cómo se toman las decisiones, cómo se resuelven las disputas, el rol de la coordinación y quién lo asume. Escribir cada punto bajo su tema y marcarlo como acordado cuando la sala esté de acuerdo.</translation>
    </message>
    <message>
        <source>How will we govern ourselves, and who manages the work?</source>
        <translation>¿Cómo nos gobernaremos y quién coordina el trabajo?</translation>
    </message>
    <message>
        <source>Transparency of viewpoints</source>
        <translation>Transparencia de puntos de vista</translation>
    </message>
    <message>
        <source>Ask each sector how the issue looks from where it sits. Choose the sector, type the view, Enter. The room sees the sectors side by side; views from phones are anonymous.</source>
        <translation>Preguntar a cada sector cómo ve el problema desde su lugar. Elegir el sector, escribir el punto de vista, Enter. La sala ve los sectores lado a lado; los puntos de vista enviados desde teléfonos son anónimos.</translation>
    </message>
    <message>
        <source>How does the issue look from where you sit?</source>
        <translation>¿Cómo se ve el problema desde su lugar?</translation>
    </message>
    <message>
        <source>Scope the issue</source>
        <translation>Delimitar el problema</translation>
    </message>
    <message>
        <source>Start from the broad topic and break it into sub-issues. Mark each in scope, out of scope, or later. Finish with one problem statement everybody can repeat.</source>
        <translation>Partir del tema amplio y dividirlo en subproblemas. Marcar cada uno como dentro del alcance, fuera del alcance o para más adelante. Terminar con un enunciado del problema que todos puedan repetir.</translation>
    </message>
    <message>
        <source>What exactly are we trying to solve together?</source>
        <translation>¿Qué queremos resolver juntos, exactamente?</translation>
    </message>
    <message>
        <source>Positions to interests</source>
        <translation>De posiciones a intereses</translation>
    </message>
    <message>
        <source>When someone states a fixed solution (a position), ask why it matters to them. Record the interest behind it. The room sees the interests, not who said what.</source>
        <translation>Cuando alguien plantea una solución fija (una posición), preguntar por qué le importa. Anotar el interés que hay detrás. La sala ve los intereses, no quién dijo qué.</translation>
    </message>
    <message>
        <source>Behind each position: what do we really need?</source>
        <translation>Detrás de cada posición: ¿qué necesitamos realmente?</translation>
    </message>
    <message>
        <source>Fact base</source>
        <translation>Base de hechos</translation>
    </message>
    <message>
        <source>List the facts that matter, each with its source and date. Ask the room whether it is agreed, disputed, or needs data. Open questions get an owner and a date.</source>
        <translation>Enumerar los hechos que importan, cada uno con su fuente y fecha. Preguntar a la sala si está acordado, en disputa o si faltan datos. Las preguntas abiertas reciben un responsable y una fecha.</translation>
    </message>
    <message>
        <source>What do we know, how do we know it, and what do we still need to find out?</source>
        <translation>¿Qué sabemos, cómo lo sabemos y qué nos falta averiguar?</translation>
    </message>
    <message>
        <source>Criteria for good indicators</source>
        <translation>Criterios para buenos indicadores</translation>
    </message>
    <message>
        <source>Before anyone proposes an indicator, agree how indicators will be judged. This keeps the later choice about the partnership, not about one partner.</source>
        <translation>Antes de que nadie proponga un indicador, acordar cómo se evaluarán los indicadores. Así la elección posterior se centra en la alianza y no en un socio.</translation>
    </message>
    <message>
        <source>How will we judge whether an indicator is a good one?</source>
        <translation>¿Cómo juzgaremos si un indicador es bueno?</translation>
    </message>
    <message>
        <source>Propose indicators</source>
        <translation>Proponer indicadores</translation>
    </message>
    <message>
        <source>Capture indicator names quickly while people talk; fill in the details after. Ask for at least one leading indicator and one that is not financial.</source>
        <translation>Anotar rápido los nombres de los indicadores mientras la gente habla; completar los detalles después. Pedir al menos un indicador adelantado y uno que no sea financiero.</translation>
    </message>
    <message>
        <source>How will we know we are succeeding?</source>
        <translation>¿Cómo sabremos que estamos teniendo éxito?</translation>
    </message>
    <message>
        <source>Agree on indicators</source>
        <translation>Acordar indicadores</translation>
    </message>
    <message>
        <source>Announce the decision rule before the vote. Enter the tallies, reveal them, and look at the spread: a sector that rates an indicator low is a conversation, not a rounding error.</source>
        <translation>Anunciar la regla de decisión antes de votar. Ingresar los recuentos, revelarlos y mirar la dispersión: un sector que califica bajo un indicador es una conversación pendiente, no un error de redondeo.</translation>
    </message>
    <message>
        <source>Which indicators do we adopt?</source>
        <translation>¿Qué indicadores adoptamos?</translation>
    </message>
    <message>
        <source>Balance check</source>
        <translation>Revisión del equilibrio</translation>
    </message>
    <message>
        <source>Look at the adopted set as a whole: is it all financial? Does anything predict future performance? Can every partner report something to those it answers to?</source>
        <translation>Mirar el conjunto adoptado como un todo: ¿es todo financiero? ¿Hay algo que anticipe el desempeño futuro? ¿Puede cada socio informar algo a quienes rinde cuentas?</translation>
    </message>
    <message>
        <source>Does our set of measures tell the whole story?</source>
        <translation>¿Nuestro conjunto de medidas cuenta toda la historia?</translation>
    </message>
    <message>
        <source>Measures check-in</source>
        <translation>Revisión de medidas</translation>
    </message>
    <message>
        <source>Record what each agreed indicator measured since it was adopted: pick the indicator, type the value and press Enter, then set its date and source. The room sees each indicator&apos;s values over time against its baseline and target.</source>
        <translation>Registrar lo que midió cada indicador acordado desde que se adoptó: elegir el indicador, escribir el valor y pulsar Enter, luego indicar su fecha y su fuente. La sala ve los valores de cada indicador a lo largo del tiempo frente a su línea de base y su meta.</translation>
    </message>
    <message>
        <source>What do our measures say since last time?</source>
        <translation>¿Qué dicen nuestras medidas desde la última vez?</translation>
    </message>
    <message>
        <source>Evaluation purpose</source>
        <translation>Propósito de la evaluación</translation>
    </message>
    <message>
        <source>Agree what the evaluation is for: choose the purpose (learning, accountability, funding), type the question it must answer, say for whom, by when and with which indicators. Mark the questions the room adopts.</source>
        <translation>Acordar para qué es la evaluación: elegir el propósito (aprendizaje, rendición de cuentas, financiamiento), escribir la pregunta que debe responder e indicar para quién, para cuándo y con qué indicadores. Marcar las preguntas que adopta la sala.</translation>
    </message>
    <message>
        <source>What must our evaluation tell us, and whom?</source>
        <translation>¿Qué debe decirnos nuestra evaluación, y a quién?</translation>
    </message>
    <message>
        <source>Data inventory</source>
        <translation>Inventario de datos</translation>
    </message>
    <message>
        <source>Go partner by partner: what will you share, with whom, how often, in what form? Name the sensitivity and the laws or contracts that apply before anyone commits.</source>
        <translation>Ir socio por socio: ¿qué compartirá, con quién, con qué frecuencia y en qué forma? Nombrar la sensibilidad y las leyes o contratos que se aplican antes de que nadie se comprometa.</translation>
    </message>
    <message>
        <source>What will each of us share, with whom, and under which rules?</source>
        <translation>¿Qué compartirá cada uno, con quién y bajo qué reglas?</translation>
    </message>
    <message>
        <source>Public communication protocol</source>
        <translation>Protocolo de comunicación pública</translation>
    </message>
    <message>
        <source>Agree who answers media and records requests for each partner, how partners warn each other, and how long a partner has to review before anything is released.</source>
        <translation>Acordar quién responde a los medios y a las solicitudes de registros públicos por cada socio, cómo se avisan los socios entre sí y cuánto tiempo tiene un socio para revisar antes de que se publique algo.</translation>
    </message>
    <message>
        <source>When the press or the public asks, who answers and how do we warn each other?</source>
        <translation>Cuando la prensa o el público preguntan, ¿quién responde y cómo nos avisamos?</translation>
    </message>
    <message>
        <source>Information-sharing agreement</source>
        <translation>Acuerdo para compartir información</translation>
    </message>
    <message>
        <source>Read each commitment aloud and mark it agreed only when every party to it agrees. The summary turns the agreed commitments into a draft agreement for lawyers.</source>
        <translation>Leer en voz alta cada compromiso y marcarlo como acordado solo cuando todas sus partes estén de acuerdo. El resumen convierte los compromisos acordados en un borrador de acuerdo para los abogados.</translation>
    </message>
    <message>
        <source>Which commitments do we sign up to?</source>
        <translation>¿Con qué compromisos nos comprometemos?</translation>
    </message>
    <message>
        <source>Partners will follow through on commitments</source>
        <translation>Los socios cumplirán sus compromisos</translation>
    </message>
    <message>
        <source>My organisation&apos;s view is respected here</source>
        <translation>Aquí se respeta el punto de vista de mi organización</translation>
    </message>
    <message>
        <source>I understand the other partners&apos; constraints</source>
        <translation>Entiendo las limitaciones de los demás socios</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>(withheld)</source>
        <translation>(reservado)</translation>
    </message>
    <message>
        <source>Partner {n} (name withheld)</source>
        <translation>Socio {n} (nombre reservado)</translation>
    </message>
    <message>
        <source>Withheld: {n} more item(s) recorded here are not for this audience and are left out.</source>
        <translation>Reservado: {n} elemento(s) más registrados aquí no son para este público y se omiten.</translation>
    </message>
    <message>
        <source>{indicator}: {old} → {new} ({date})</source>
        <translation>{indicator}: {old} → {new} ({date})</translation>
    </message>
    <message>
        <source>{indicator}: {new} ({date}), its first measurement</source>
        <translation>{indicator}: {new} ({date}), su primera medición</translation>
    </message>
    <message>
        <source>Measures that moved</source>
        <translation>Medidas que cambiaron</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>sin responsable aún</translation>
    </message>
    <message>
        <source>Since the last meeting: {done} done, {dropped} dropped; {open} still open, {late} of them overdue.</source>
        <translation>Desde la última reunión: {done} hechas, {dropped} descartadas; {open} aún abiertas, {late} de ellas vencidas.</translation>
    </message>
    <message>
        <source>Actions from earlier meetings</source>
        <translation>Acciones de reuniones anteriores</translation>
    </message>
    <message>
        <source>Done or dropped since the last meeting:</source>
        <translation>Hechas o descartadas desde la última reunión:</translation>
    </message>
    <message>
        <source>Overdue:</source>
        <translation>Vencidas:</translation>
    </message>
    <message>
        <source>{action} ({owner}, due {due})</source>
        <translation>{action} ({owner}, vence {due})</translation>
    </message>
    <message>
        <source>Some actions of earlier meetings are not for this audience.</source>
        <translation>Algunas acciones de reuniones anteriores no son para este público.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Votes by answer</source>
        <translation>Votos por respuesta</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>{people} people from {organisations} organisations; {before} from {then} at the last meeting.</source>
        <translation>{people} personas de {organisations} organizaciones; {before} de {then} en la última reunión.</translation>
    </message>
    <message>
        <source>Here this time, not last time: {names}.</source>
        <translation>Presentes esta vez, no la anterior: {names}.</translation>
    </message>
    <message>
        <source>At the last meeting, not this time: {names}.</source>
        <translation>Presentes en la última reunión, no esta vez: {names}.</translation>
    </message>
    <message>
        <source>Attendance compared</source>
        <translation>Asistencia comparada</translation>
    </message>
    <message>
        <source>There is no workshop with the id {id}.</source>
        <translation>No existe ningún taller con el id {id}.</translation>
    </message>
    <message>
        <source>{name} report</source>
        <translation>Informe de {name}</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name or allow overwriting (--force).</source>
        <translation>{path} ya existe; elegir otro nombre o permitir sobrescribir (--force).</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>Cannot write in {folder}: {reason}.</source>
        <translation>No se puede escribir en {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>No se puede escribir {path}: {reason}.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Block number</source>
        <translation>Número de bloque</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Consigna</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilidad</translation>
    </message>
    <message>
        <source>Captured at</source>
        <translation>Registrado el</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Whole workshop</source>
        <translation>Taller completo</translation>
    </message>
    <message>
        <source>Page </source>
        <translation>Página </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Made with Workshop App from {what}.</source>
        <translation>Hecho con Workshop App a partir de {what}.</translation>
    </message>
    <message>
        <source>There is no collaboration with the id {id}.</source>
        <translation>No existe ninguna colaboración con el id {id}.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>No decisions were recorded.</source>
        <translation>No se registraron decisiones.</translation>
    </message>
    <message>
        <source>Audience: {audience}</source>
        <translation>Público destinatario: {audience}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Internal (facilitator)</source>
        <translation>Interno (facilitación)</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Room (projector)</source>
        <translation>Sala (proyector)</translation>
    </message>
    <message>
        <source>Internal: contains everything, including facilitator notes and items marked internal. Do not send it outside the facilitation team.</source>
        <translation>Interno: contiene todo, incluidas las notas de facilitación y los elementos marcados como internos. No enviarlo fuera del equipo de facilitación.</translation>
    </message>
    <message>
        <source>For partner organisations: contains public and partners items. Items marked internal and facilitator notes are left out.</source>
        <translation>Para las organizaciones socias: contiene los elementos públicos y de socios. Se omiten los elementos marcados como internos y las notas de facilitación.</translation>
    </message>
    <message>
        <source>For the public: contains only items marked public, safe to release. Partners and internal items, facilitator notes and the draft information-sharing agreement are left out.</source>
        <translation>Para el público: contiene solo los elementos marcados como públicos, que se pueden divulgar. Se omiten los elementos de socios e internos, las notas de facilitación y el borrador de acuerdo para compartir información.</translation>
    </message>
    <message>
        <source>What the projector may show: partners and public items, revealed results.</source>
        <translation>Lo que el proyector puede mostrar: elementos de socios y públicos, resultados revelados.</translation>
    </message>
    <message>
        <source>Who this is for</source>
        <translation>Para quién es</translation>
    </message>
    <message>
        <source>Collaboration: {name}</source>
        <translation>Colaboración: {name}</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Fecha: {date}</translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation>Lugar: {place}</translation>
    </message>
    <message>
        <source>The partners</source>
        <translation>Los socios</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation>Representantes</translation>
    </message>
    <message>
        <source>Since the last meeting</source>
        <translation>Desde la última reunión</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Estacionamiento de temas</translation>
    </message>
    <message>
        <source>The parking lot is empty.</source>
        <translation>El estacionamiento de temas está vacío.</translation>
    </message>
    <message>
        <source>Raised in</source>
        <translation>Planteado en</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>sin fecha aún</translation>
    </message>
    <message>
        <source>No action items were recorded.</source>
        <translation>No se registraron acciones.</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation>Otras notas</translation>
    </message>
    <message>
        <source>Withheld: this section is not released to this audience.</source>
        <translation>Reservado: esta sección no se divulga a este público.</translation>
    </message>
    <message>
        <source>Facilitator notes (internal)</source>
        <translation>Notas de facilitación (internas)</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Página {n} de {total}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export workshop summary</source>
        <translation>Exportar el resumen del taller</translation>
    </message>
    <message>
        <source>Who is it for?</source>
        <translation>¿Para quién es?</translation>
    </message>
    <message>
        <source>Audience: {name}</source>
        <translation>Público destinatario: {name}</translation>
    </message>
    <message>
        <source>What this audience will contain</source>
        <translation>Qué contendrá para este público</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>CSV tables (.zip)</source>
        <translation>Tablas CSV (.zip)</translation>
    </message>
    <message>
        <source>Paper of the PDF and of printing</source>
        <translation>Papel del PDF y de la impresión</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>Preview of the summary</source>
        <translation>Vista previa del resumen</translation>
    </message>
    <message>
        <source>Preview (text; charts appear in HTML, PDF and Word)</source>
        <translation>Vista previa (texto; los gráficos aparecen en HTML, PDF y Word)</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <source>Not exported: the existing file was kept.</source>
        <translation>No se exportó: se conservó el archivo existente.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>{shown} captured items included; {hidden} left out.</source>
        <translation>{shown} elementos registrados incluidos; {hidden} omitidos.</translation>
    </message>
    <message>
        <source>Export summary as</source>
        <translation>Exportar el resumen como</translation>
    </message>
    <message>
        <source>{name} (*{suffix})</source>
        <translation>{name} (*{suffix})</translation>
    </message>
    <message>
        <source>Exporting for {audience}…</source>
        <translation>Exportando para {audience}…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
    <message>
        <source>Not exported: {message}</source>
        <translation>No se exportó: {message}</translation>
    </message>
    <message>
        <source>Print summary for {audience}</source>
        <translation>Imprimir el resumen para {audience}</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>Sent {pages} pages to the printer.</source>
        <translation>Se enviaron {pages} páginas a la impresora.</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML (self-contained web page)</source>
        <translation>HTML (página web autónoma)</translation>
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
        <translation>Tablas CSV</translation>
    </message>
    <message>
        <source>JSON (whole workshop, for import)</source>
        <translation>JSON (taller completo, para importar)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="vanished">Tamaño de papel</translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="vanished">A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="vanished">Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="vanished">Guardar como</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="vanished">Elegir…</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation type="vanished">Elegir dónde guardar</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="vanished">&amp;Guardar como:</translation>
    </message>
    <message>
        <source>Choose where to save the file first.</source>
        <translation type="vanished">Primero hay que elegir dónde guardar el archivo.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="vanished">Cerrar</translation>
    </message>
</context>
<context>
    <name>FactBasePanel</name>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Aportado por</translation>
    </message>
    <message>
        <source>✔ &amp;Agreed</source>
        <translation>✔ A&amp;cordado</translation>
    </message>
    <message>
        <source>⚠ &amp;Disputed</source>
        <translation>⚠ En &amp;disputa</translation>
    </message>
    <message>
        <source>? &amp;Needs data</source>
        <translation>? &amp;Faltan datos</translation>
    </message>
    <message>
        <source>Not &amp;yet discussed</source>
        <translation>Aún &amp;no discutido</translation>
    </message>
    <message>
        <source>The room says the selected facts are:</source>
        <translation>La sala dice que los hechos seleccionados están:</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>From phones</source>
        <translation>Desde teléfonos</translation>
    </message>
    <message>
        <source>A fact, then Tab for its source, date, contributor; Enter</source>
        <translation>Un hecho, luego Tab para su fuente, fecha y quién lo aporta; Enter</translation>
    </message>
    <message>
        <source>Fac&amp;ts</source>
        <translation>&amp;Hechos</translation>
    </message>
    <message>
        <source>Open &amp;questions (also in the workshop&apos;s action list)</source>
        <translation>&amp;Preguntas abiertas (también en la lista de acciones del taller)</translation>
    </message>
    <message>
        <source>Open question</source>
        <translation>Pregunta abierta</translation>
    </message>
    <message>
        <source>An open question, then Tab for owner and due date; Enter</source>
        <translation>Una pregunta abierta, luego Tab para responsable y fecha límite; Enter</translation>
    </message>
    <message>
        <source>Select a fact in the list first.</source>
        <translation>Primero hay que seleccionar un hecho de la lista.</translation>
    </message>
    <message>
        <source>Mark facts: {status}</source>
        <translation>Marcar hechos: {status}</translation>
    </message>
    <message>
        <source>Alt + the underlined letter</source>
        <translation type="vanished">Alt + la letra subrayada</translation>
    </message>
</context>
<context>
    <name>FieldsItemList</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Eliminar %n elemento</numerusform>
            <numerusform>Eliminar %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="vanished">— elegir —</translation>
    </message>
</context>
<context>
    <name>FileWritingDialog</name>
    <message>
        <source>Paper size</source>
        <translation>Tamaño de papel</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Guardar como:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Elegir dónde guardar</translation>
    </message>
    <message>
        <source>Choose where to save the file first.</source>
        <translation>Primero hay que elegir dónde guardar el archivo.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Alt + the underlined letter</source>
        <translation>Alt + la letra subrayada</translation>
    </message>
</context>
<context>
    <name>Governance</name>
    <message>
        <source>Structure</source>
        <translation>Estructura</translation>
    </message>
    <message>
        <source>Meeting cadence</source>
        <translation>Frecuencia de reuniones</translation>
    </message>
    <message>
        <source>How decisions are made</source>
        <translation>Cómo se toman las decisiones</translation>
    </message>
    <message>
        <source>How disputes are settled</source>
        <translation>Cómo se resuelven las disputas</translation>
    </message>
    <message>
        <source>The manager&apos;s role</source>
        <translation>El rol de la coordinación</translation>
    </message>
    <message>
        <source>Who fills the manager&apos;s role</source>
        <translation>Quién asume la coordinación</translation>
    </message>
    <message>
        <source>Topic not chosen</source>
        <translation>Tema sin elegir</translation>
    </message>
</context>
<context>
    <name>GovernancePanel</name>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>Te&amp;ma:</translation>
    </message>
    <message>
        <source>Agreed / not yet (Ctrl+Return)</source>
        <translation>Acordado / aún no (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Select a point in the list first.</source>
        <translation>Primero hay que seleccionar un punto de la lista.</translation>
    </message>
    <message>
        <source>What we said</source>
        <translation>Lo que dijimos</translation>
    </message>
    <message>
        <source>What is proposed, then Enter</source>
        <translation>Lo que se propone, luego Enter</translation>
    </message>
    <message>
        <source>Choose the topic (Alt+T), type what is proposed and press Enter. Ctrl+Return marks the selected points agreed.</source>
        <translation>Elegir el tema (Alt+M), escribir lo que se propone y pulsar Enter. Ctrl+Return marca como acordados los puntos seleccionados.</translation>
    </message>
    <message>
        <source>Topics not yet discussed</source>
        <translation>Temas aún sin tratar</translation>
    </message>
    <message>
        <source>Every topic has been discussed.</source>
        <translation>Se trataron todos los temas.</translation>
    </message>
    <message>
        <source>Not yet discussed: {topics}</source>
        <translation>Aún sin tratar: {topics}</translation>
    </message>
    <message>
        <source>Agreed?</source>
        <translation type="vanished">¿Acordado?</translation>
    </message>
    <message>
        <source>✔ Agreed</source>
        <translation type="vanished">✔ Acordado</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="vanished">Propuesto</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>The commands below work wherever the cursor is, the capture box included. The keys of lists, tables and each exercise work where they say.</source>
        <translation>Los comandos de abajo funcionan dondequiera que esté el cursor, incluido el cuadro de captura. Las teclas de las listas, las tablas y cada ejercicio funcionan donde se indica.</translation>
    </message>
    <message>
        <source>Capture boxes and lists</source>
        <translation>Cuadros de captura y listas</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tablas</translation>
    </message>
    <message>
        <source>Lists with tick boxes</source>
        <translation>Listas con casillas</translation>
    </message>
    <message>
        <source>The room window</source>
        <translation>La ventana de la sala</translation>
    </message>
    <message>
        <source>What the phones sent</source>
        <translation>Lo que enviaron los teléfonos</translation>
    </message>
    <message>
        <source>The export dialog</source>
        <translation>El diálogo de exportación</translation>
    </message>
    <message>
        <source>This guide</source>
        <translation>Esta guía</translation>
    </message>
    <message>
        <source>The method library</source>
        <translation>La biblioteca de métodos</translation>
    </message>
    <message>
        <source>Buttons and captions</source>
        <translation>Botones y textos</translation>
    </message>
    <message>
        <source>In each exercise</source>
        <translation>En cada ejercicio</translation>
    </message>
    <message>
        <source>Start here</source>
        <translation>Para empezar</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Running a meeting</source>
        <translation>Conducir una reunión</translation>
    </message>
    <message>
        <source>The projector</source>
        <translation>El proyector</translation>
    </message>
    <message>
        <source>The room window shows the current block to the room, in large type, on the largest screen that is not yours. Beside your capture box, a small picture shows exactly what the room sees, and a line says it in words.</source>
        <translation>La ventana de la sala muestra el bloque actual a la sala, en letra grande, en la pantalla más grande que no sea la propia. Junto al cuadro de captura, una imagen pequeña muestra exactamente lo que ve la sala, y una línea lo dice con palabras.</translation>
    </message>
    <message>
        <source>The room never sees internal items, facilitator notes or results you keep hidden. Blank the screen or show the holding slide during breaks and side conversations; freeze it while you tidy up a list.</source>
        <translation>La sala nunca ve los elementos internos, las notas de facilitación ni los resultados que se mantienen ocultos. Durante las pausas y las conversaciones aparte, poner la pantalla en negro o mostrar la diapositiva de espera; congelarla mientras se ordena una lista.</translation>
    </message>
    <message>
        <source>View → Room view → Room theme: light, dark or high contrast for the hall.</source>
        <translation>Ver → Vista de sala → Tema de la sala: claro, oscuro o de alto contraste para el salón.</translation>
    </message>
    <message>
        <source>View → Room view → Room screen: choose the projector when it is not found.</source>
        <translation>Ver → Vista de sala → Pantalla de la sala: elegir el proyector cuando no se detecta.</translation>
    </message>
    <message>
        <source>A long list goes over several pages: turn them for the room with the keys.</source>
        <translation>Una lista larga ocupa varias páginas: pasarlas para la sala con las teclas.</translation>
    </message>
    <message>
        <source>Preparing the agenda</source>
        <translation>Preparar la agenda</translation>
    </message>
    <message>
        <source>A workshop is a list of blocks, each one exercise with a timebox. Start a new workshop from a template (File → New workshop), then adjust it: Add block inserts an exercise after the current one, Add from template appends a template&apos;s blocks, Up and Down reorder, Remove deletes a block.</source>
        <translation>Un taller es una lista de bloques, cada uno un ejercicio con su tiempo asignado. Empezar un taller nuevo desde una plantilla (Archivo → Nuevo taller) y luego ajustarlo: Añadir bloque inserta un ejercicio después del actual, Añadir desde plantilla agrega al final los bloques de una plantilla, Subir y Bajar cambian el orden, Quitar elimina un bloque.</translation>
    </message>
    <message>
        <source>Write each block&apos;s prompt: it is the question the room sees. The guidance under the prompt reminds you how to run the exercise; the Guide button beside it (Shift+F1) opens its section of this guide.</source>
        <translation>Escribir la consigna de cada bloque: es la pregunta que ve la sala. Las indicaciones bajo la consigna recuerdan cómo conducir el ejercicio; el botón Guía que está al lado (Shift+F1) abre su sección de esta guía.</translation>
    </message>
    <message>
        <source>Plan the exercises that need the partners&apos; decision while most are there.</source>
        <translation>Planificar los ejercicios que necesitan la decisión de los socios cuando la mayoría esté presente.</translation>
    </message>
    <message>
        <source>Leave ten minutes for the wrap-up.</source>
        <translation>Reservar diez minutos para el cierre.</translation>
    </message>
    <message>
        <source>Keeping time</source>
        <translation>Controlar el tiempo</translation>
    </message>
    <message>
        <source>The bar at the top shows the current block, its timer and the meeting&apos;s plan. Ctrl+Space starts and pauses the block timer, Ctrl+Shift+Space sets it back to zero. Ctrl+PgDown and Ctrl+PgUp move to the next and previous block, and the room follows.</source>
        <translation>La barra superior muestra el bloque actual, su temporizador y el plan de la reunión. Ctrl+Space inicia y pausa el temporizador del bloque, Ctrl+Shift+Space lo vuelve a cero. Ctrl+PgDown y Ctrl+PgUp pasan al bloque siguiente y al anterior, y la sala lo sigue.</translation>
    </message>
    <message>
        <source>A block past its timebox says “over time” in the agenda; the bar says in words when the meeting runs behind its plan. Then decide with the room what to shorten, rather than rushing the last blocks.</source>
        <translation>Un bloque que supera su tiempo asignado dice “tiempo excedido” en la agenda; la barra dice con palabras cuándo la reunión va atrasada respecto de su plan. En ese caso, decidir con la sala qué acortar, en lugar de apurar los últimos bloques.</translation>
    </message>
    <message>
        <source>Capturing and visibility</source>
        <translation>Captura y visibilidad</translation>
    </message>
    <message>
        <source>Type in the capture box and press Enter: the item is saved at once. Every item says who may see it: Public (anyone, the press included), Partners (the partner organisations: the usual choice), or Internal (only the facilitation team). F8 in a capture box changes it for what you capture next.</source>
        <translation>Escribir en el cuadro de captura y pulsar Enter: el elemento se guarda al instante. Cada elemento indica quién puede verlo: Público (cualquiera, prensa incluida), Socios (las organizaciones socias: la opción habitual) o Interno (solo el equipo de facilitación). F8 en un cuadro de captura lo cambia para lo que se capture a continuación.</translation>
    </message>
    <message>
        <source>Internal items never reach the projector, nor a public or partners export. Public records laws may make notes public: mark what must not be public before it is exported.</source>
        <translation>Los elementos internos nunca llegan al proyector, ni a una exportación pública o para socios. Las leyes de acceso a registros públicos pueden hacer públicas las notas: marcar lo que no debe ser público antes de exportarlo.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D records a decision, Ctrl+Shift+A an action with owner and date.</source>
        <translation>Ctrl+Shift+D registra una decisión; Ctrl+Shift+A, una acción con responsable y fecha.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P parks a topic; Ctrl+Shift+F writes a note only you see.</source>
        <translation>Ctrl+Shift+P estaciona un tema; Ctrl+Shift+F escribe una nota que solo ve quien facilita.</translation>
    </message>
    <message>
        <source>An action&apos;s Status cell (F2) marks it in progress, done or dropped; Workshop → Actions across meetings (Ctrl+Shift+K) follows up every action of the collaboration, and File → Collaboration report shows what is still open.</source>
        <translation>La celda Estado de una acción (F2) la marca como en curso, hecha o descartada; Taller → Acciones entre reuniones (Ctrl+Shift+K) sigue todas las acciones de la colaboración, y Archivo → Informe de la colaboración muestra lo que sigue abierto.</translation>
    </message>
    <message>
        <source>Ctrl+L brings the cursor back to the capture box.</source>
        <translation>Ctrl+L devuelve el cursor al cuadro de captura.</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes the last change, Ctrl+Shift+Z redoes it.</source>
        <translation>Ctrl+Z deshace el último cambio, Ctrl+Shift+Z lo rehace.</translation>
    </message>
    <message>
        <source>Phones in the room</source>
        <translation>Teléfonos en la sala</translation>
    </message>
    <message>
        <source>The room can answer from their own phones, with no internet: your laptop serves a small page over the hall&apos;s Wi-Fi, or over your laptop&apos;s own hotspot when the venue&apos;s Wi-Fi keeps its guests apart. View → Phones in the room → Open to the room&apos;s phones (Ctrl+Shift+O) shows the address and a six-letter code on every slide, and a QR code on the holding slide (Shift+F6). Save join cards to print puts them on the tables.</source>
        <translation>La sala puede responder desde sus propios teléfonos, sin internet: la computadora sirve una pequeña página por el Wi-Fi del salón, o por su propio punto de acceso cuando el Wi-Fi del lugar aísla a sus usuarios. Ver → Teléfonos en la sala → Abrir a los teléfonos de la sala (Ctrl+Shift+O) muestra la dirección y un código de seis letras en cada diapositiva, y un código QR en la diapositiva de espera (Shift+F6). Guardar tarjetas de acceso para imprimir las pone sobre las mesas.</translation>
    </message>
    <message>
        <source>Nobody is asked for a name, and nothing about a phone is kept. What the phones send waits in “From the room” beside your lists: nobody sees it, the projector included, until you accept it. Alt+4 goes there: Enter accepts, F2 lets you tidy the words first, M merges it into an item already there, Delete rejects it. Ctrl+Z undoes each. A phone can also park a topic for later: it waits as “For later” and goes to the parking lot.</source>
        <translation>A nadie se le pide el nombre y no se guarda nada sobre ningún teléfono. Lo que envían los teléfonos espera en “Desde la sala”, junto a las listas: nadie lo ve, tampoco el proyector, hasta que se acepta. Alt+4 lleva allí: Enter acepta, F2 permite corregir primero las palabras, M lo fusiona con un elemento que ya existe, Delete lo rechaza. Ctrl+Z deshace cada acción. Un teléfono también puede estacionar un tema para después: espera como “Para después” y va al estacionamiento de temas.</translation>
    </message>
    <message>
        <source>For a quick round where every idea should be seen at once, Ctrl+Shift+L (this block only) shows what phones send on the projector as it arrives; the phones are told so before anyone types. Delete an item that should not stay; Ctrl+Shift+L again and ideas wait for you once more.</source>
        <translation>Para una ronda rápida en la que todas las ideas deben verse a la vez, Ctrl+Shift+L (solo en este bloque) muestra en el proyector lo que envían los teléfonos a medida que llega; los teléfonos lo avisan antes de que nadie escriba. Borrar con Delete un elemento que no deba quedar; con Ctrl+Shift+L otra vez, las ideas vuelven a esperar la revisión.</translation>
    </message>
    <message>
        <source>Ratings (the trust check-in), whether each fact is agreed, disputed or needs data, and votes on indicators (fist-to-five, gradients of agreement, dot votes within each phone&apos;s budget) from phones go straight into the tallies, beside what you type by hand; the room view and the summary say how many came from each. In a vote a phone may say which partner it is with, so the dissent flag sees a sector that disagrees.</source>
        <translation>Las calificaciones (el sondeo de confianza), si cada hecho está acordado, en disputa o faltan datos, y los votos sobre indicadores (puño a cinco, gradientes de acuerdo, votación por puntos dentro del presupuesto de cada teléfono) enviados desde teléfonos van directamente a los recuentos, junto con lo que se escribe a mano; la vista de sala y el resumen indican cuántos vinieron de cada lado. En una votación, un teléfono puede indicar con qué socio está, para que el aviso de desacuerdo detecte a un sector que discrepa.</translation>
    </message>
    <message>
        <source>The phones follow you from block to block. A new join code puts everyone out at once (they join again with the new one); closing the workshop or the app closes the room to phones.</source>
        <translation>Los teléfonos siguen a quien facilita de bloque en bloque. Un nuevo código de acceso saca a todos a la vez (vuelven a unirse con el nuevo); al cerrar el taller o la aplicación, la sala se cierra a los teléfonos.</translation>
    </message>
    <message>
        <source>Say the code out loud as well: not everyone can read the screen.</source>
        <translation>Decir el código también en voz alta: no todos pueden leer la pantalla.</translation>
    </message>
    <message>
        <source>Windows and macOS ask once whether to let the app use the network: allow it on private networks.</source>
        <translation>Windows y macOS preguntan una vez si se permite que la aplicación use la red: permitirlo en redes privadas.</translation>
    </message>
    <message>
        <source>Exports and printing</source>
        <translation>Exportar e imprimir</translation>
    </message>
    <message>
        <source>Ctrl+E exports or prints the summary of the open workshop, at any moment, also mid-meeting. Choose who it is for first: partners, the public, or the facilitation team. The dialog says what will be left out and shows a preview; nothing an audience may not see is in its file.</source>
        <translation>Ctrl+E exporta o imprime el resumen del taller abierto, en cualquier momento, también a mitad de la reunión. Elegir primero para quién es: los socios, el público o el equipo de facilitación. El diálogo dice qué se dejará fuera y muestra una vista previa; en el archivo no hay nada que ese público no pueda ver.</translation>
    </message>
    <message>
        <source>Formats: PDF and Word for reading and printing, HTML for a web page, Markdown for plain text, CSV tables for spreadsheets, JSON for another copy of the app. The paper follows your country (Letter in the United States and Canada, A4 elsewhere) until you choose another one.</source>
        <translation>Formatos: PDF y Word para leer e imprimir, HTML para una página web, Markdown para texto simple, tablas CSV para hojas de cálculo, JSON para otra copia de la aplicación. El papel sigue al país (Carta en Estados Unidos y Canadá, A4 en el resto) hasta que se elija otro.</translation>
    </message>
    <message>
        <source>Ctrl+I (File → Import a workshop…) brings in a JSON file from another copy of the app. Before anything is written it says whether the workshop is new here, an update of one you have, or already here; into which collaboration it goes; which partners it matched; and what the file left out for its audience. A file that cannot be imported says why in one sentence and changes nothing. To take a new workshop back, delete it on the home screen.</source>
        <translation>Ctrl+I (Archivo → Importar un taller…) trae un archivo JSON de otra copia de la aplicación. Antes de escribir nada, indica si el taller es nuevo aquí, una actualización de uno existente o si ya está aquí; en qué colaboración entra; con qué socios coincidió; y qué dejó fuera el archivo para su público. Un archivo que no se puede importar dice por qué en una frase y no cambia nada. Para deshacer la importación de un taller nuevo, eliminarlo en la pantalla de inicio.</translation>
    </message>
    <message>
        <source>Backups and safety</source>
        <translation>Copias de seguridad y seguridad</translation>
    </message>
    <message>
        <source>Everything you type is on disk before the next key is handled: a crash or a power cut loses nothing you saw saved.</source>
        <translation>Todo lo que se escribe está en el disco antes de procesar la tecla siguiente: una falla o un corte de luz no pierde nada que ya figurara como guardado.</translation>
    </message>
    <message>
        <source>Backups are kept in the folder “backups” beside the database: one every few minutes while you work, one when you close a workshop and one when you quit; the last twenty are kept. File → Back up now makes one at once; File → Restore a backup… puts an earlier one back, keeping the current file aside.</source>
        <translation>Las copias de seguridad se guardan en la carpeta “backups”, junto a la base de datos: una cada pocos minutos mientras se trabaja, una al cerrar un taller y otra al salir; se conservan las últimas veinte. Archivo → Hacer copia de seguridad ahora crea una al instante; Archivo → Restaurar una copia de seguridad… recupera una anterior y aparta el archivo actual.</translation>
    </message>
    <message>
        <source>Copy the database and its backups folder to a USB stick after each meeting.</source>
        <translation>Copiar la base de datos y su carpeta de copias de seguridad a una memoria USB después de cada reunión.</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Para qué sirve</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Consejos</translation>
    </message>
    <message>
        <source>Pitfalls</source>
        <translation>Errores frecuentes</translation>
    </message>
    <message>
        <source>Show the partners that what was agreed last time was done, or say honestly why not: follow-through is what keeps people coming back.</source>
        <translation>Mostrar a los socios que lo acordado la última vez se hizo, o decir con honestidad por qué no: el cumplimiento es lo que hace que la gente vuelva.</translation>
    </message>
    <message>
        <source>Put the actions of earlier meetings on the projector; they are listed by owner, unfinished ones and those closed since the last meeting.</source>
        <translation>Proyectar las acciones de reuniones anteriores; aparecen por responsable: las no terminadas y las cerradas desde la última reunión.</translation>
    </message>
    <message>
        <source>Ask each owner in turn where their action stands, and mark it Done, In progress or Dropped (Alt+D, Alt+I, Alt+R) with a short note of what was delivered or why not.</source>
        <translation>Preguntar a cada responsable, por turno, cómo va su acción, y marcarla como Hecha, En curso o Descartada (Alt+D, Alt+I, Alt+R) con una nota breve de lo que se entregó o de por qué no.</translation>
    </message>
    <message>
        <source>Read the decisions of the last meeting back; ask whether any needs revisiting.</source>
        <translation>Releer las decisiones de la última reunión; preguntar si alguna necesita revisarse.</translation>
    </message>
    <message>
        <source>Pick the parking-lot topics this meeting will take up and bring them in (Ctrl+Return); the rest stay parked.</source>
        <translation>Elegir los temas del estacionamiento que esta reunión va a tratar y retomarlos (Ctrl+Return); los demás siguen estacionados.</translation>
    </message>
    <message>
        <source>Thank owners for what was done before asking about what was not.</source>
        <translation>Agradecer a los responsables lo que se hizo antes de preguntar por lo que no.</translation>
    </message>
    <message>
        <source>An action nobody will do is better dropped, with a reason, than left open for ever.</source>
        <translation>Una acción que nadie va a hacer es mejor descartarla, con un motivo, que dejarla abierta para siempre.</translation>
    </message>
    <message>
        <source>Turning the round into a blame session: ask what got in the way, not who failed.</source>
        <translation>Convertir la ronda en una búsqueda de culpables: preguntar qué lo impidió, no quién falló.</translation>
    </message>
    <message>
        <source>Bringing in every parked topic: the agenda has room for one or two.</source>
        <translation>Retomar todos los temas estacionados: la agenda tiene lugar para uno o dos.</translation>
    </message>
    <message>
        <source>At the start of every meeting after the first, before anything new: people want to see that what was agreed last time happened.</source>
        <translation>Al comienzo de cada reunión después de la primera, antes de cualquier cosa nueva: la gente quiere ver que lo acordado la última vez ocurrió.</translation>
    </message>
    <message>
        <source>Any size: the owners of the actions speak, the rest listen and ask.</source>
        <translation>Cualquier tamaño: hablan los responsables de las acciones, el resto escucha y pregunta.</translation>
    </message>
    <message>
        <source>An open block for whatever the agenda needs that no exercise covers: an update, a question the room raised, a topic brought back from the parking lot.</source>
        <translation>Un bloque abierto para lo que la agenda necesite y ningún ejercicio cubra: una novedad, una pregunta que planteó la sala, un tema recuperado del estacionamiento.</translation>
    </message>
    <message>
        <source>Write the question you want answered in the prompt, so the room sees it on the projector.</source>
        <translation>Escribir en la consigna la pregunta que se quiere responder, para que la sala la vea en el proyector.</translation>
    </message>
    <message>
        <source>Type what people say as they say it, one point per line; Enter captures it.</source>
        <translation>Escribir lo que dice la gente a medida que lo dice, un punto por línea; Enter lo captura.</translation>
    </message>
    <message>
        <source>When the talk slows down, select related points and put them in a cluster (Ctrl+G).</source>
        <translation>Cuando la conversación se calme, seleccionar los puntos relacionados y ponerlos en un grupo (Ctrl+G).</translation>
    </message>
    <message>
        <source>Before moving on, turn anything settled into a decision (Ctrl+Shift+D) or an action (Ctrl+Shift+A).</source>
        <translation>Antes de seguir, convertir todo lo resuelto en una decisión (Ctrl+Shift+D) o una acción (Ctrl+Shift+A).</translation>
    </message>
    <message>
        <source>Use the speaker&apos;s own words: a paraphrase can change what was meant, and people notice.</source>
        <translation>Usar las palabras de quien habla: una paráfrasis puede cambiar el sentido, y la gente lo nota.</translation>
    </message>
    <message>
        <source>A point for another day goes to the parking lot (Ctrl+Shift+P) instead of taking over the block.</source>
        <translation>Un punto para otro día va al estacionamiento de temas (Ctrl+Shift+P) en lugar de apoderarse del bloque.</translation>
    </message>
    <message>
        <source>Sorting points into clusters while people are still talking: you stop listening, and the room watches you sort.</source>
        <translation>Ordenar los puntos en grupos mientras la gente todavía habla: se deja de escuchar y la sala mira cómo se ordena.</translation>
    </message>
    <message>
        <source>An open block without a question turns into a general chat that eats the agenda: give it a prompt and a timebox.</source>
        <translation>Un bloque abierto sin pregunta se vuelve una charla general que se come la agenda: darle una consigna y un tiempo asignado.</translation>
    </message>
    <message>
        <source>When the agenda needs time for something no exercise covers: an update, a question the room raised, a topic brought back from the parking lot.</source>
        <translation>Cuando la agenda necesita tiempo para algo que ningún ejercicio cubre: una novedad, una pregunta que planteó la sala, un tema recuperado del estacionamiento.</translation>
    </message>
    <message>
        <source>Any size; with more than 15 people, ask for a few voices from each organisation rather than everyone.</source>
        <translation>Cualquier tamaño; con más de 15 personas, pedir algunas voces de cada organización en lugar de todas.</translation>
    </message>
    <message>
        <source>Let the room decide among any list (options, facts, sub-issues, hopes) by a rule announced first, with results hidden until revealed and dissent made visible.</source>
        <translation>Dejar que la sala decida entre cualquier lista (opciones, hechos, subproblemas, esperanzas) con una regla anunciada de antemano, con los resultados ocultos hasta revelarlos y el desacuerdo a la vista.</translation>
    </message>
    <message>
        <source>Say what the room votes on: type the options (Enter after each), or choose a list from an earlier block with Alt+O, or both.</source>
        <translation>Decir sobre qué vota la sala: escribir las opciones (Enter después de cada una), o elegir una lista de un bloque anterior con Alt+O, o ambas cosas.</translation>
    </message>
    <message>
        <source>Choose the method (Alt+M) and the decision rule (Alt+R), and read the rule aloud.</source>
        <translation>Elegir el método (Alt+M) y la regla de decisión (Alt+R), y leer la regla en voz alta.</translation>
    </message>
    <message>
        <source>Let people vote by hand, on paper or from their phones, and type the tallies, sector by sector (Alt+T) to see the spread.</source>
        <translation>Dejar que la gente vote a mano alzada, en papel o desde sus teléfonos, e ingresar los recuentos, sector por sector (Alt+S) para ver la dispersión.</translation>
    </message>
    <message>
        <source>Reveal the results (Ctrl+R or F9), read the dissent column, then say each outcome.</source>
        <translation>Revelar los resultados (Ctrl+R o F9), leer la columna de desacuerdo y luego decir cada resultado.</translation>
    </message>
    <message>
        <source>Five to nine options is a comfortable list; group near-duplicates before the vote.</source>
        <translation>De cinco a nueve opciones es una lista cómoda; agrupar las casi repetidas antes de votar.</translation>
    </message>
    <message>
        <source>Dot votes rank a long list fast; gradients of agreement show how strongly people care.</source>
        <translation>La votación por puntos ordena rápido una lista larga; los gradientes de acuerdo muestran cuánto le importa a la gente.</translation>
    </message>
    <message>
        <source>A vote on a list from an earlier block follows it: items added there appear here.</source>
        <translation>Una votación sobre una lista de un bloque anterior la sigue: lo que se agrega allí aparece aquí.</translation>
    </message>
    <message>
        <source>Voting before the options are understood: read each one out and take questions first.</source>
        <translation>Votar antes de entender las opciones: leer cada una en voz alta y responder preguntas primero.</translation>
    </message>
    <message>
        <source>Treating a parked option as lost: a block or dissent means a conversation is due.</source>
        <translation>Dar por perdida una opción en espera: un bloqueo o un desacuerdo indica que hace falta una conversación.</translation>
    </message>
    <message>
        <source>Whenever the room must choose among several things: which sub-issue comes first, which facts to check, which working agreements to keep.</source>
        <translation>Cada vez que la sala deba elegir entre varias cosas: qué subproblema va primero, qué hechos verificar, qué acuerdos de trabajo mantener.</translation>
    </message>
    <message>
        <source>Any size from 4; with more than 30 people use dot votes or phones, and keep the sector column to see who disagrees.</source>
        <translation>Cualquier tamaño desde 4; con más de 30 personas, usar votación por puntos o teléfonos, y mantener la columna de sector para ver quién está en desacuerdo.</translation>
    </message>
    <message>
        <source>Close the meeting with everyone agreed on what was decided, who does what by when, and what happens to the parked topics.</source>
        <translation>Cerrar la reunión con todos de acuerdo sobre lo que se decidió, quién hace qué y para cuándo, y qué pasa con los temas estacionados.</translation>
    </message>
    <message>
        <source>The room sees today&apos;s decisions and actions. Read each one back aloud, ask whether anyone remembers it differently, and press Space to mark it read back (Alt+R puts the cursor in the list).</source>
        <translation>La sala ve las decisiones y acciones de hoy. Releer cada una en voz alta, preguntar si alguien la recuerda de otra manera y pulsar Espacio para marcarla como releída (Alt+R pone el cursor en la lista).</translation>
    </message>
    <message>
        <source>Go through the actions: each gets one named person and a date. Fill in the owner and due date in the actions list.</source>
        <translation>Repasar las acciones: cada una recibe una persona con nombre y una fecha. Completar el responsable y la fecha límite en la lista de acciones.</translation>
    </message>
    <message>
        <source>Walk through the parking lot: each topic gets an owner and a meeting, or the room agrees to drop it.</source>
        <translation>Recorrer el estacionamiento de temas: cada tema recibe un responsable y una reunión, o la sala acuerda descartarlo.</translation>
    </message>
    <message>
        <source>Say when and where the next meeting is and what it will cover.</source>
        <translation>Decir cuándo y dónde es la próxima reunión y qué tratará.</translation>
    </message>
    <message>
        <source>Export the summary for the partners (Ctrl+E) before the laptop is closed, or name the day they will get it.</source>
        <translation>Exportar el resumen para los socios (Ctrl+E) antes de cerrar la computadora, o fijar el día en que lo recibirán.</translation>
    </message>
    <message>
        <source>Keep the decisions and actions on the projector while you read them back, so people can correct the wording.</source>
        <translation>Mantener las decisiones y acciones en el proyector mientras se releen, para que la gente pueda corregir la redacción.</translation>
    </message>
    <message>
        <source>Keep ten minutes for the wrap-up even when the meeting runs late: it is what people remember.</source>
        <translation>Reservar diez minutos para el cierre aunque la reunión se alargue: es lo que la gente recuerda.</translation>
    </message>
    <message>
        <source>An organisation as an owner (“the city will…”): nobody in particular feels responsible. Ask for a person.</source>
        <translation>Una organización como responsable (“la municipalidad hará…”): nadie en particular se siente responsable. Pedir una persona.</translation>
    </message>
    <message>
        <source>Actions without a date drift to the next meeting, and the one after.</source>
        <translation>Las acciones sin fecha se van corriendo a la reunión siguiente, y a la otra.</translation>
    </message>
    <message>
        <source>At the end of every meeting, even a short one: keep its ten minutes when the rest runs late.</source>
        <translation>Al final de cada reunión, incluso de una corta: conservar sus diez minutos aunque el resto se alargue.</translation>
    </message>
    <message>
        <source>The whole room together, however many people came.</source>
        <translation>Toda la sala junta, sea cual sea la cantidad de personas.</translation>
    </message>
    <message>
        <source>Everyone learns who the partners are, what each brings, what each needs, and to whom each answers. Those answers explain much of what happens later.</source>
        <translation>Todos conocen quiénes son los socios, qué aporta cada uno, qué necesita y ante quién responde. Esas respuestas explican mucho de lo que pasa después.</translation>
    </message>
    <message>
        <source>Go round the room one organisation at a time: type its name in the Add box, choose its sector and press Enter.</source>
        <translation>Dar una vuelta por la sala, una organización a la vez: escribir su nombre en el cuadro Añadir, elegir su sector y pulsar Enter.</translation>
    </message>
    <message>
        <source>Ask what it brings (money, staff, data, reach, the trust of a neighbourhood) and what it needs from the partnership; type both in its row.</source>
        <translation>Preguntar qué aporta (dinero, personal, datos, alcance, la confianza de un barrio) y qué necesita de la alianza; escribir ambas cosas en su fila.</translation>
    </message>
    <message>
        <source>Ask to whom it answers: elected officials, a board, members, shareholders, funders.</source>
        <translation>Preguntar ante quién responde: autoridades electas, un directorio, sus miembros, accionistas, financiadores.</translation>
    </message>
    <message>
        <source>Capture anything else said in the round as notes.</source>
        <translation>Anotar como notas todo lo demás que se diga en la ronda.</translation>
    </message>
    <message>
        <source>Show the room view, the partners by sector, and ask who is missing from the table.</source>
        <translation>Mostrar la vista de sala, los socios por sector, y preguntar quién falta en la mesa.</translation>
    </message>
    <message>
        <source>Keep each turn to a minute or two; the detail can come later.</source>
        <translation>Limitar cada turno a uno o dos minutos; el detalle puede venir después.</translation>
    </message>
    <message>
        <source>Take attendance as people arrive (Workshop → Attendance, Ctrl+Shift+E): Space ticks a person off the roster, and a sign-in sheet can be imported afterwards.</source>
        <translation>Tomar asistencia a medida que llega la gente (Taller → Asistencia, Ctrl+Shift+E): Espacio marca a una persona de la lista, y después se puede importar una hoja de registro.</translation>
    </message>
    <message>
        <source>Whom a partner answers to tells you what it must report: come back to it when the room chooses indicators.</source>
        <translation>Ante quién responde un socio indica qué debe informar: volver a esto cuando la sala elija indicadores.</translation>
    </message>
    <message>
        <source>F8 on a cell changes who may see that cell, for example a constraint a partner shares in confidence.</source>
        <translation>F8 en una celda cambia quién puede ver esa celda, por ejemplo una restricción que un socio comparte en confianza.</translation>
    </message>
    <message>
        <source>Skipping the round because everybody seems to know each other: newcomers rarely do, and needs are rarely said out loud.</source>
        <translation>Saltarse la ronda porque todos parecen conocerse: quienes llegan por primera vez rara vez se conocen, y las necesidades rara vez se dicen en voz alta.</translation>
    </message>
    <message>
        <source>Letting the largest organisation talk for ten minutes: it sets the tone for the rest of the meeting.</source>
        <translation>Dejar que la organización más grande hable diez minutos: marca el tono del resto de la reunión.</translation>
    </message>
    <message>
        <source>At the first meeting of a partnership, and whenever a new organisation joins: before any exercise that asks partners to commit.</source>
        <translation>En la primera reunión de una alianza, y cada vez que se suma una organización: antes de cualquier ejercicio que pida compromisos a los socios.</translation>
    </message>
    <message>
        <source>The whole room, one organisation at a time; a round of a minute or two each works for up to about 15 organisations.</source>
        <translation>Toda la sala, una organización a la vez; una ronda de uno o dos minutos por organización funciona hasta con unas 15 organizaciones.</translation>
    </message>
    <message>
        <source>Bring past experience of working together into the open: what went well, what went badly, what was learned. Where partners have no history, or a failed one, trust must be built before anyone will share data.</source>
        <translation>Poner sobre la mesa la experiencia previa de trabajo conjunto: qué salió bien, qué salió mal, qué se aprendió. Donde los socios no tienen historia, o tienen una fallida, hay que construir confianza antes de que nadie comparta datos.</translation>
    </message>
    <message>
        <source>Ask which partners have worked together before, and on what.</source>
        <translation>Preguntar qué socios han trabajado juntos antes, y en qué.</translation>
    </message>
    <message>
        <source>Type what they did together, tick the partners involved (Space ticks) and choose the outcome: good, mixed or failed.</source>
        <translation>Escribir lo que hicieron juntos, marcar los socios involucrados (Espacio marca) y elegir el resultado: buena, mixta o fallida.</translation>
    </message>
    <message>
        <source>Ask for the lesson in one sentence and type it in.</source>
        <translation>Pedir la lección en una frase y escribirla.</translation>
    </message>
    <message>
        <source>Look at the grid of who has worked with whom: the empty and failed pairs are the ones to watch.</source>
        <translation>Mirar la cuadrícula de quién trabajó con quién: los pares vacíos y los fallidos son los que hay que vigilar.</translation>
    </message>
    <message>
        <source>Ask about lessons, not blame: “what would you do differently?” works better than “what went wrong?”.</source>
        <translation>Preguntar por lecciones, no por culpas: “¿qué harían distinto?” funciona mejor que “¿qué salió mal?”.</translation>
    </message>
    <message>
        <source>The data inventory warns about pairs without a good history later on; it reads what you record here.</source>
        <translation>Más adelante, el inventario de datos advierte sobre los pares sin una buena historia; lee lo que se registra aquí.</translation>
    </message>
    <message>
        <source>Reopening an old dispute in front of everyone: note it, agree that it matters, and follow it up in private.</source>
        <translation>Reabrir una vieja disputa delante de todos: anotarla, reconocer que importa y darle seguimiento en privado.</translation>
    </message>
    <message>
        <source>Marking a sensitive history public before the partners involved agree to it.</source>
        <translation>Marcar como pública una historia delicada antes de que los socios involucrados estén de acuerdo.</translation>
    </message>
    <message>
        <source>Early in a partnership, after the introductions and before anyone is asked to share data or money.</source>
        <translation>Al principio de una alianza, después de las presentaciones y antes de pedir a nadie que comparta datos o dinero.</translation>
    </message>
    <message>
        <source>The whole room, 6 to 30 people; pairs of partners with a long history may talk it through first.</source>
        <translation>Toda la sala, de 6 a 30 personas; los pares de socios con una larga historia pueden conversarla antes.</translation>
    </message>
    <message>
        <source>A quick, anonymous reading of how much the partners trust each other, repeated at each meeting so the room sees the trend.</source>
        <translation>Una lectura rápida y anónima de cuánto confían los socios entre sí, repetida en cada reunión para que la sala vea la tendencia.</translation>
    </message>
    <message>
        <source>Read each statement aloud. Change the statements beforehand if they do not fit this partnership.</source>
        <translation>Leer cada afirmación en voz alta. Cambiar las afirmaciones de antemano si no se ajustan a esta alianza.</translation>
    </message>
    <message>
        <source>People rate each statement from 1 (not at all) to 5 (completely), by show of hands or on paper.</source>
        <translation>La gente califica cada afirmación de 1 (nada) a 5 (totalmente), a mano alzada o en papel.</translation>
    </message>
    <message>
        <source>Type how many people gave each rating: Tab moves to the next rating, + and − count hands one at a time.</source>
        <translation>Escribir cuántas personas dieron cada calificación: Tab pasa a la calificación siguiente, + y − cuentan las manos de a una.</translation>
    </message>
    <message>
        <source>Keep the results hidden until everyone has rated, then reveal them (F9) and talk about what stands out.</source>
        <translation>Mantener ocultos los resultados hasta que todos hayan calificado; luego revelarlos (F9) y conversar sobre lo que llama la atención.</translation>
    </message>
    <message>
        <source>Paper ballots give more honest answers than hands when trust is low.</source>
        <translation>Las papeletas en papel dan respuestas más sinceras que las manos cuando hay poca confianza.</translation>
    </message>
    <message>
        <source>Look at the spread, not only the average: two people at 1 say more than an average of 3.8.</source>
        <translation>Mirar la dispersión, no solo el promedio: dos personas en 1 dicen más que un promedio de 3.8.</translation>
    </message>
    <message>
        <source>Use the same statements at every meeting, or the trend compares different questions.</source>
        <translation>Usar las mismas afirmaciones en cada reunión; si no, la tendencia compara preguntas distintas.</translation>
    </message>
    <message>
        <source>Revealing while people are still rating: later ratings follow the earlier ones.</source>
        <translation>Revelar mientras la gente todavía está calificando: las calificaciones posteriores siguen a las anteriores.</translation>
    </message>
    <message>
        <source>Asking who gave the low ratings. They are anonymous; ask the room what would raise them.</source>
        <translation>Preguntar quién dio las calificaciones bajas. Son anónimas; preguntar a la sala qué las haría subir.</translation>
    </message>
    <message>
        <source>At the start of each meeting, the first included, so that the room sees how trust moves from meeting to meeting.</source>
        <translation>Al comienzo de cada reunión, incluida la primera, para que la sala vea cómo se mueve la confianza de una reunión a otra.</translation>
    </message>
    <message>
        <source>Any size; anonymous by hands, paper or phones, so it works from 5 to 40 people.</source>
        <translation>Cualquier tamaño; es anónimo a mano alzada, en papel o con teléfonos, así que funciona de 5 a 40 personas.</translation>
    </message>
    <message>
        <source>Say openly what people hope the partnership will achieve and what worries them, then turn the worries into working agreements the room holds itself to.</source>
        <translation>Decir abiertamente qué espera la gente que logre la alianza y qué le preocupa; luego convertir las preocupaciones en acuerdos de trabajo que la sala se compromete a respetar.</translation>
    </message>
    <message>
        <source>Collect hopes (Alt+1) and concerns (Alt+2), one per line, in people&apos;s own words.</source>
        <translation>Reunir esperanzas (Alt+1) y preocupaciones (Alt+2), una por línea, con las palabras de la gente.</translation>
    </message>
    <message>
        <source>Once ideas slow down, group similar ones into clusters (Ctrl+G).</source>
        <translation>Cuando bajen las ideas, agrupar las parecidas (Ctrl+G).</translation>
    </message>
    <message>
        <source>For each big concern, ask what agreement would answer it and type it as a working agreement (Alt+3).</source>
        <translation>Para cada preocupación importante, preguntar qué acuerdo la respondería y escribirlo como acuerdo de trabajo (Alt+3).</translation>
    </message>
    <message>
        <source>Read each agreement aloud and mark it agreed (Ctrl+Return) only when nobody objects.</source>
        <translation>Leer cada acuerdo en voz alta y marcarlo como acordado (Ctrl+Return) solo cuando nadie se oponga.</translation>
    </message>
    <message>
        <source>Write agreements as behaviour anyone can see: “we send papers three days before a meeting”.</source>
        <translation>Redactar los acuerdos como conductas que cualquiera puede ver: “enviamos los documentos tres días antes de cada reunión”.</translation>
    </message>
    <message>
        <source>Show the agreed list at the start of later meetings.</source>
        <translation>Mostrar la lista acordada al comienzo de las reuniones siguientes.</translation>
    </message>
    <message>
        <source>Arguing with a concern: it is information, and the answer to it is an agreement, not a rebuttal.</source>
        <translation>Discutir una preocupación: es información, y la respuesta es un acuerdo, no una refutación.</translation>
    </message>
    <message>
        <source>Too many agreements: five that people remember beat fifteen that nobody does.</source>
        <translation>Demasiados acuerdos: cinco que la gente recuerda valen más que quince que nadie cumple.</translation>
    </message>
    <message>
        <source>At a first meeting, or when a partnership takes on new work; later, to check whether the working agreements still hold.</source>
        <translation>En una primera reunión, o cuando una alianza asume un trabajo nuevo; más adelante, para comprobar si los acuerdos de trabajo siguen vigentes.</translation>
    </message>
    <message>
        <source>6 to 40 people; above 20, collect hopes and concerns at tables first, then share them.</source>
        <translation>De 6 a 40 personas; con más de 20, reunir primero las esperanzas y preocupaciones en las mesas y luego compartirlas.</translation>
    </message>
    <message>
        <source>Agree on one picture of success that every partner can repeat, so later choices about scope, measures and data can be checked against it.</source>
        <translation>Acordar una imagen del éxito que todos los socios puedan repetir, para poder contrastar con ella las decisiones posteriores sobre alcance, medidas y datos.</translation>
    </message>
    <message>
        <source>Ask each partner to finish the sentence “We will know this partnership worked when…”; type each statement and press Enter.</source>
        <translation>Pedir a cada socio que complete la frase “Sabremos que esta alianza funcionó cuando…”; escribir cada frase y pulsar Enter.</translation>
    </message>
    <message>
        <source>Show the statements on the projector and give everyone three dots to put on their favourites.</source>
        <translation>Mostrar las frases en el proyector y dar a cada persona tres puntos para poner en sus favoritas.</translation>
    </message>
    <message>
        <source>Count the dots and type them in the Dots column.</source>
        <translation>Contar los puntos y escribirlos en la columna Puntos.</translation>
    </message>
    <message>
        <source>Combine the favourites into one statement the room can repeat, and mark it as the vision (Ctrl+Return).</source>
        <translation>Combinar las favoritas en una frase que la sala pueda repetir y marcarla como la visión (Ctrl+Return).</translation>
    </message>
    <message>
        <source>Ask for changes in people&apos;s lives (“fewer young people in court”), not activities (“more meetings”).</source>
        <translation>Pedir cambios en la vida de la gente (“menos jóvenes ante los tribunales”), no actividades (“más reuniones”).</translation>
    </message>
    <message>
        <source>Read the combined statement aloud twice and ask whether anyone cannot live with it.</source>
        <translation>Leer la frase combinada dos veces en voz alta y preguntar si alguien no puede aceptarla.</translation>
    </message>
    <message>
        <source>Polishing words with thirty people: agree on the meaning and let two volunteers polish the wording.</source>
        <translation>Pulir la redacción con treinta personas: acordar el sentido y dejar que dos voluntarios pulan las palabras.</translation>
    </message>
    <message>
        <source>A vision so broad that nobody can disagree with it will not guide any decision either.</source>
        <translation>Una visión tan amplia que nadie puede estar en desacuerdo tampoco orientará ninguna decisión.</translation>
    </message>
    <message>
        <source>Once the partners know each other, before the issue is scoped and long before indicators are chosen: they are judged against the vision.</source>
        <translation>Cuando los socios ya se conocen, antes de delimitar el problema y mucho antes de elegir indicadores: estos se juzgan según la visión.</translation>
    </message>
    <message>
        <source>6 to 30 people; each partner proposes a statement and everyone votes with dots.</source>
        <translation>De 6 a 30 personas; cada socio propone una frase y todos votan con puntos.</translation>
    </message>
    <message>
        <source>Make visible that every partner depends on the others to reach the shared vision: the needs are the reasons to stay at the table.</source>
        <translation>Hacer visible que cada socio depende de los demás para alcanzar la visión compartida: las necesidades son las razones para seguir en la mesa.</translation>
    </message>
    <message>
        <source>Ask each partner in turn: what do you need from another partner to do your part?</source>
        <translation>Preguntar a cada socio, por turno: ¿qué necesitan de otro socio para hacer su parte?</translation>
    </message>
    <message>
        <source>Choose who needs it (Alt+P) and from whom (Alt+O), type what is needed and press Enter.</source>
        <translation>Elegir quién lo necesita (Alt+S) y de quién (Alt+D), escribir lo que se necesita y pulsar Enter.</translation>
    </message>
    <message>
        <source>Show the matrix: which sectors depend on which.</source>
        <translation>Mostrar la matriz: qué sectores dependen de cuáles.</translation>
    </message>
    <message>
        <source>Ask the partner named whether it can provide it, and mark the promise (Ctrl+Return).</source>
        <translation>Preguntar al socio nombrado si puede proporcionarlo y marcar la promesa (Ctrl+Return).</translation>
    </message>
    <message>
        <source>Ask for needs, not complaints: “we need the data monthly”, not “they never share”.</source>
        <translation>Pedir necesidades, no quejas: “necesitamos los datos cada mes”, no “nunca comparten”.</translation>
    </message>
    <message>
        <source>A row or column with nothing in it is worth a question: who is not depending on whom?</source>
        <translation>Una fila o columna vacía merece una pregunta: ¿quién no depende de quién?</translation>
    </message>
    <message>
        <source>Promising on the spot what an organisation cannot commit without its board.</source>
        <translation>Prometer en el momento lo que una organización no puede comprometer sin su directorio.</translation>
    </message>
    <message>
        <source>Leaving the quiet partners out: go round the whole table.</source>
        <translation>Dejar fuera a los socios callados: dar la vuelta a toda la mesa.</translation>
    </message>
    <message>
        <source>While designing the partnership, after the shared vision: before governance and resources, so they answer real needs.</source>
        <translation>Al diseñar la alianza, después de la visión compartida: antes de la gobernanza y los recursos, para que respondan a necesidades reales.</translation>
    </message>
    <message>
        <source>Up to about 12 organisations in one round; with more, pair partners first and report back.</source>
        <translation>Hasta unas 12 organizaciones en una ronda; con más, formar primero pares de socios y luego hacer una puesta en común.</translation>
    </message>
    <message>
        <source>Put on the table what each partner actually brings (money, staff time, data, facilities, authority, relationships) and what the partnership still lacks, so plans rest on resources that exist.</source>
        <translation>Poner sobre la mesa lo que cada socio aporta realmente (dinero, tiempo de personal, datos, instalaciones, autoridad, relaciones) y lo que aún le falta a la alianza, para que los planes se apoyen en recursos que existen.</translation>
    </message>
    <message>
        <source>Go round the table: what does your organisation bring? Choose the partner (Alt+B) and the kind of resource (Alt+Y), type it and press Enter.</source>
        <translation>Dar la vuelta a la mesa: ¿qué aporta su organización? Elegir el socio (Alt+P) y el tipo de recurso (Alt+R), escribirlo y pulsar Enter.</translation>
    </message>
    <message>
        <source>Ask what the partnership needs that nobody has named: choose “nobody yet” as the partner and type the need.</source>
        <translation>Preguntar qué necesita la alianza que nadie haya nombrado: elegir “nadie aún” como socio y escribir la necesidad.</translation>
    </message>
    <message>
        <source>Show the matrix: which kinds of resource are thin, and which partners bring little that others can see?</source>
        <translation>Mostrar la matriz: ¿qué tipos de recurso escasean, y qué socios aportan poco que los demás puedan ver?</translation>
    </message>
    <message>
        <source>For each gap, ask who could bring it; choose that partner in the list&apos;s “Brought by” column when someone takes it on.</source>
        <translation>Para cada vacío, preguntar quién podría aportarlo; elegir ese socio en la columna “Aportado por” de la lista cuando alguien lo asuma.</translation>
    </message>
    <message>
        <source>Authority and relationships count as much as money: a signature or an introduction can unblock more than a grant.</source>
        <translation>La autoridad y las relaciones cuentan tanto como el dinero: una firma o una presentación pueden destrabar más que una subvención.</translation>
    </message>
    <message>
        <source>Ask for specifics: “a half-time lieutenant for 18 months”, not “staff support”.</source>
        <translation>Pedir datos concretos: “un teniente a media jornada durante 18 meses”, no “apoyo de personal”.</translation>
    </message>
    <message>
        <source>Counting only money, so the partners without a budget look as if they bring nothing.</source>
        <translation>Contar solo el dinero, de modo que los socios sin presupuesto parecen no aportar nada.</translation>
    </message>
    <message>
        <source>Recording what an organisation has rather than what it will commit to the partnership.</source>
        <translation>Registrar lo que una organización tiene en lugar de lo que comprometerá con la alianza.</translation>
    </message>
    <message>
        <source>While designing the partnership, once the vision and what partners need from each other are named: before the plan and the governance depend on them.</source>
        <translation>Al diseñar la alianza, una vez nombradas la visión y lo que los socios necesitan unos de otros: antes de que el plan y la gobernanza dependan de ellos.</translation>
    </message>
    <message>
        <source>Up to about 12 organisations, each with someone who can say what it will commit.</source>
        <translation>Hasta unas 12 organizaciones, cada una con alguien que pueda decir qué comprometerá.</translation>
    </message>
    <message>
        <source>See who else is affected by the issue or could help or block it, and decide whom to invite, whom to keep informed and whom to watch.</source>
        <translation>Ver a quién más afecta el problema o quién podría ayudar o bloquearlo, y decidir a quién invitar, a quién mantener informado y a quién observar.</translation>
    </message>
    <message>
        <source>Ask: who is affected by this issue, or needed to solve it, and is not at this table?</source>
        <translation>Preguntar: ¿a quién afecta este problema, o quién hace falta para resolverlo, y no está en esta mesa?</translation>
    </message>
    <message>
        <source>Type each one and place it: high or low power (Alt+P), high or low interest (Alt+I).</source>
        <translation>Escribir cada uno y ubicarlo: poder alto o bajo (Alt+P), interés alto o bajo (Alt+I).</translation>
    </message>
    <message>
        <source>Show the grid and read the advice of each quadrant aloud: manage closely, keep satisfied, keep informed, monitor.</source>
        <translation>Mostrar la cuadrícula y leer en voz alta el consejo de cada cuadrante: gestionar de cerca, mantener satisfecho, mantener informado, observar.</translation>
    </message>
    <message>
        <source>For those the room wants at the table, press Ctrl+Return: each becomes an action item; give it an owner and a date.</source>
        <translation>Para quienes la sala quiere en la mesa, pulsar Ctrl+Return: cada uno se convierte en una acción; darle un responsable y una fecha.</translation>
    </message>
    <message>
        <source>Power means being able to help or block, not only formal authority: a union or a newspaper can have plenty.</source>
        <translation>Poder significa poder ayudar o bloquear, no solo autoridad formal: un sindicato o un periódico pueden tener mucho.</translation>
    </message>
    <message>
        <source>Name groups the partners find hard to reach, such as young people or renters: they are often the most affected.</source>
        <translation>Nombrar a los grupos a los que los socios llegan con dificultad, como jóvenes o inquilinos: suelen ser los más afectados.</translation>
    </message>
    <message>
        <source>Inviting everyone at once: a partnership that doubles in size has to start its trust work again.</source>
        <translation>Invitar a todos a la vez: una alianza que duplica su tamaño tiene que empezar de nuevo su trabajo de confianza.</translation>
    </message>
    <message>
        <source>Leaving invitations without an owner: nobody makes the call.</source>
        <translation>Dejar las invitaciones sin responsable: nadie hace la llamada.</translation>
    </message>
    <message>
        <source>While designing the partnership, or whenever the room wonders who is missing: before governance is settled, so newcomers are not joining a finished structure.</source>
        <translation>Al diseñar la alianza, o cuando la sala se pregunta quién falta: antes de fijar la gobernanza, para que quienes se suman no entren a una estructura terminada.</translation>
    </message>
    <message>
        <source>Any size: the whole room names stakeholders; the partners decide whom to invite.</source>
        <translation>Cualquier tamaño: toda la sala nombra partes interesadas; los socios deciden a quién invitar.</translation>
    </message>
    <message>
        <source>Agree in advance which decisions the partnership makes together and who decides, who is consulted and who is informed, so no partner is surprised by a decision it thought was its own.</source>
        <translation>Acordar de antemano qué decisiones toma la alianza en conjunto y quién decide, a quién se consulta y a quién se informa, para que ningún socio se sorprenda por una decisión que creía propia.</translation>
    </message>
    <message>
        <source>List the decisions the partnership will face: budget, data, measures, the press, staff, new partners. Type each and press Enter.</source>
        <translation>Enumerar las decisiones que enfrentará la alianza: presupuesto, datos, medidas, la prensa, personal, nuevos socios. Escribir cada una y pulsar Enter.</translation>
    </message>
    <message>
        <source>For the selected decision, tick who decides (Alt+D), who is consulted before (Alt+C) and who is informed after (Alt+I); Space ticks.</source>
        <translation>Para la decisión seleccionada, marcar quién decide (Alt+D), a quién se consulta antes (Alt+C) y a quién se informa después (Alt+I); Espacio marca.</translation>
    </message>
    <message>
        <source>Show the table and read each row aloud: does every partner accept its role?</source>
        <translation>Mostrar la tabla y leer cada fila en voz alta: ¿cada socio acepta su rol?</translation>
    </message>
    <message>
        <source>Name the decisions nobody decides yet, and come back to them before the meeting ends.</source>
        <translation>Nombrar las decisiones que todavía nadie decide y volver a ellas antes de terminar la reunión.</translation>
    </message>
    <message>
        <source>Keep the deciders few: a decision everyone must make is a decision nobody can make quickly.</source>
        <translation>Que decidan pocos: una decisión que todos deben tomar es una decisión que nadie puede tomar rápido.</translation>
    </message>
    <message>
        <source>Consulted means asked before, with time to answer; say how much time in the governance block.</source>
        <translation>Consultado significa que se le pregunta antes y con tiempo para responder; fijar cuánto tiempo en el bloque de gobernanza.</translation>
    </message>
    <message>
        <source>Leaving a partner&apos;s own budget or data decided by others without that partner&apos;s clear agreement.</source>
        <translation>Dejar que otros decidan sobre el presupuesto o los datos propios de un socio sin su acuerdo claro.</translation>
    </message>
    <message>
        <source>Treating “informed” as an afterthought: the partner told last is the one that leaves.</source>
        <translation>Tratar “informado” como algo secundario: el socio al que se avisa último es el que se va.</translation>
    </message>
    <message>
        <source>While designing the partnership, once resources and needs are on the table and before governance: the decision rights shape the structure.</source>
        <translation>Al diseñar la alianza, una vez que los recursos y las necesidades están sobre la mesa y antes de la gobernanza: los derechos de decisión dan forma a la estructura.</translation>
    </message>
    <message>
        <source>Up to about 12 organisations, each with someone who can speak for its decisions.</source>
        <translation>Hasta unas 12 organizaciones, cada una con alguien que pueda hablar por sus decisiones.</translation>
    </message>
    <message>
        <source>Settle how the partnership governs itself (its structure, how often it meets, how it decides and settles disputes) and what its manager does and who that is.</source>
        <translation>Acordar cómo se gobierna la alianza (su estructura, cada cuánto se reúne, cómo decide y resuelve disputas), qué hace su coordinación y quién la asume.</translation>
    </message>
    <message>
        <source>Take the six topics in order: structure, meeting cadence, decisions, disputes, the manager&apos;s role, who fills it.</source>
        <translation>Tratar los seis temas en orden: estructura, frecuencia de reuniones, decisiones, disputas, el rol de la coordinación y quién lo asume.</translation>
    </message>
    <message>
        <source>Choose the topic (Alt+T), type what is proposed and press Enter; one point per line.</source>
        <translation>Elegir el tema (Alt+M), escribir lo que se propone y pulsar Enter; un punto por línea.</translation>
    </message>
    <message>
        <source>Ask the room whether it agrees; mark agreed points with Ctrl+Return.</source>
        <translation>Preguntar a la sala si está de acuerdo; marcar los puntos acordados con Ctrl+Return.</translation>
    </message>
    <message>
        <source>Before closing, read the topics not yet discussed and the points only proposed: they are the next meeting&apos;s agenda.</source>
        <translation>Antes de cerrar, leer los temas aún sin tratar y los puntos solo propuestos: son la agenda de la próxima reunión.</translation>
    </message>
    <message>
        <source>Light structures last: start with the least the partnership needs, and a date to review it.</source>
        <translation>Las estructuras livianas duran: empezar con lo mínimo que necesita la alianza y una fecha para revisarlo.</translation>
    </message>
    <message>
        <source>Agree how disputes are settled while nobody is in one.</source>
        <translation>Acordar cómo se resuelven las disputas mientras no hay ninguna en curso.</translation>
    </message>
    <message>
        <source>Choosing the manager before agreeing the role: the role then fits the person.</source>
        <translation>Elegir a quien coordina antes de acordar el rol: entonces el rol se ajusta a la persona.</translation>
    </message>
    <message>
        <source>A manager who answers to one partner only is seen as that partner&apos;s.</source>
        <translation>Una coordinación que responde a un solo socio se percibe como de ese socio.</translation>
    </message>
    <message>
        <source>At the end of designing the partnership, once decision rights are clear; review it after the first year.</source>
        <translation>Al final del diseño de la alianza, una vez claros los derechos de decisión; revisarlo después del primer año.</translation>
    </message>
    <message>
        <source>Up to about 12 organisations, with people who can commit them.</source>
        <translation>Hasta unas 12 organizaciones, con personas que puedan comprometerlas.</translation>
    </message>
    <message>
        <source>Put each sector&apos;s view of the issue side by side, without debate at first, so the partners see the problem from every seat at the table.</source>
        <translation>Poner lado a lado la visión que tiene cada sector del problema, primero sin debate, para que los socios vean el problema desde cada lugar de la mesa.</translation>
    </message>
    <message>
        <source>Ask each sector in turn: how does the issue look from where you sit?</source>
        <translation>Preguntar a cada sector, por turno: ¿cómo se ve el problema desde su lugar?</translation>
    </message>
    <message>
        <source>Choose the sector (Alt+S), type the view and press Enter; one view per line.</source>
        <translation>Elegir el sector (Alt+S), escribir el punto de vista y pulsar Enter; un punto de vista por línea.</translation>
    </message>
    <message>
        <source>Show the sectors side by side and ask: where do the views meet, and where do they part?</source>
        <translation>Mostrar los sectores lado a lado y preguntar: ¿dónde coinciden los puntos de vista y dónde se separan?</translation>
    </message>
    <message>
        <source>Only then discuss; turn what the views share into the problem statement.</source>
        <translation>Solo entonces conversar; convertir lo que comparten los puntos de vista en el enunciado del problema.</translation>
    </message>
    <message>
        <source>Views sent from phones carry no name: invite them for what people may not say aloud.</source>
        <translation>Los puntos de vista enviados desde teléfonos no llevan nombre: invitarlos para lo que la gente quizá no diga en voz alta.</translation>
    </message>
    <message>
        <source>Write the view in the speaker&apos;s words, even when another sector would put it otherwise.</source>
        <translation>Escribir el punto de vista con las palabras de quien habla, aunque otro sector lo diría de otra manera.</translation>
    </message>
    <message>
        <source>Arguing with a view while it is being given: everyone gets their turn first.</source>
        <translation>Discutir un punto de vista mientras se expone: cada uno tiene su turno primero.</translation>
    </message>
    <message>
        <source>Letting one sector speak for another: ask the people in the room.</source>
        <translation>Dejar que un sector hable por otro: preguntar a las personas presentes.</translation>
    </message>
    <message>
        <source>Before the issue is scoped: when the partners still describe the problem in their own sector&apos;s terms.</source>
        <translation>Antes de delimitar el problema: cuando los socios todavía describen el problema en los términos de su propio sector.</translation>
    </message>
    <message>
        <source>Any size; with more than 20 people, sectors gather their views in small groups first.</source>
        <translation>Cualquier tamaño; con más de 20 personas, los sectores reúnen primero sus puntos de vista en grupos pequeños.</translation>
    </message>
    <message>
        <source>Narrow a big topic down to what this partnership will actually work on, and say it in one problem statement everybody agrees to.</source>
        <translation>Reducir un tema amplio a lo que esta alianza realmente va a trabajar, y decirlo en un enunciado del problema con el que todos estén de acuerdo.</translation>
    </message>
    <message>
        <source>Type the broad topic (for example “public safety”) in the Issues box and press Enter.</source>
        <translation>Escribir el tema amplio (por ejemplo “seguridad pública”) en el cuadro Problemas y pulsar Enter.</translation>
    </message>
    <message>
        <source>Break it down: Enter adds a sub-issue under the selected issue, Shift+Enter adds one beside it.</source>
        <translation>Desglosarlo: Enter añade un subproblema bajo el problema seleccionado, Shift+Enter añade uno a su lado.</translation>
    </message>
    <message>
        <source>For each issue ask the room: in scope, out of scope, or later? Space in the tree changes the scope.</source>
        <translation>Para cada problema, preguntar a la sala: ¿dentro del alcance, fuera del alcance o para más adelante? Espacio en el árbol cambia el alcance.</translation>
    </message>
    <message>
        <source>Write one problem statement from what is in scope, read it aloud, and tick Agreed when the room agrees.</source>
        <translation>Escribir un enunciado del problema a partir de lo que está dentro del alcance, leerlo en voz alta y marcar “Acordado por la sala” cuando la sala esté de acuerdo.</translation>
    </message>
    <message>
        <source>“Later” is a real answer: it keeps good ideas without making the work too big.</source>
        <translation>“Más adelante” es una respuesta válida: conserva las buenas ideas sin agrandar demasiado el trabajo.</translation>
    </message>
    <message>
        <source>Alt+arrows move an issue up, down, or under another one as the tree grows.</source>
        <translation>Alt+flechas mueven un problema hacia arriba, hacia abajo o debajo de otro a medida que crece el árbol.</translation>
    </message>
    <message>
        <source>Skipping the scope because the topic seems clear: partners often mean different things by the same words.</source>
        <translation>Saltarse la delimitación porque el tema parece claro: los socios a menudo entienden cosas distintas con las mismas palabras.</translation>
    </message>
    <message>
        <source>A problem statement that names a solution (“build a shared crime lab”) instead of a problem.</source>
        <translation>Un enunciado del problema que nombra una solución (“crear un laboratorio forense compartido”) en lugar de un problema.</translation>
    </message>
    <message>
        <source>When the partners have a broad topic (public safety, housing) but have not said what exactly they will work on.</source>
        <translation>Cuando los socios tienen un tema amplio (seguridad pública, vivienda) pero no han dicho en qué van a trabajar exactamente.</translation>
    </message>
    <message>
        <source>6 to 25 people in one conversation; a bigger room breaks the issue down at tables first.</source>
        <translation>De 6 a 25 personas en una sola conversación; una sala más grande desglosa primero el problema en las mesas.</translation>
    </message>
    <message>
        <source>Move the room from fixed solutions (positions) to what matters behind them (interests), where partners can find common ground.</source>
        <translation>Llevar a la sala de las soluciones fijas (posiciones) a lo que importa detrás de ellas (intereses), donde los socios pueden encontrar puntos en común.</translation>
    </message>
    <message>
        <source>When someone states a fixed solution, type it as a stated position.</source>
        <translation>Cuando alguien plantea una solución fija, escribirla como posición planteada.</translation>
    </message>
    <message>
        <source>Ask “why does that matter to you?” and type the answer as the interest behind it (Tab moves there).</source>
        <translation>Preguntar “¿por qué le importa eso?” y escribir la respuesta como el interés que hay detrás (Tab lleva allí).</translation>
    </message>
    <message>
        <source>Group interests that sound alike: shared interests are where the work can start.</source>
        <translation>Agrupar los intereses que suenan parecidos: los intereses compartidos son donde puede empezar el trabajo.</translation>
    </message>
    <message>
        <source>Show the room view: it lists the interests only, never who held which position.</source>
        <translation>Mostrar la vista de sala: enumera solo los intereses, nunca quién sostuvo qué posición.</translation>
    </message>
    <message>
        <source>Ask “why?” more than once: the first answer is often another position.</source>
        <translation>Preguntar “¿por qué?” más de una vez: la primera respuesta suele ser otra posición.</translation>
    </message>
    <message>
        <source>Say who stated a position only when it helps you; it never reaches the room or any summary.</source>
        <translation>Indicar quién planteó una posición solo cuando sirva a quien facilita; nunca llega a la sala ni a ningún resumen.</translation>
    </message>
    <message>
        <source>Arguing about which position is right: this block is for understanding, not deciding.</source>
        <translation>Discutir qué posición es la correcta: este bloque es para entender, no para decidir.</translation>
    </message>
    <message>
        <source>Naming a partner while reading the interests aloud undoes the protection the room view gives.</source>
        <translation>Nombrar a un socio mientras se leen los intereses en voz alta deshace la protección que da la vista de sala.</translation>
    </message>
    <message>
        <source>When partners arrive with fixed solutions, or a discussion goes in circles between two proposals.</source>
        <translation>Cuando los socios llegan con soluciones fijas, o una conversación da vueltas entre dos propuestas.</translation>
    </message>
    <message>
        <source>Any size from 4; it works best when each organisation has a voice in the room.</source>
        <translation>Cualquier tamaño desde 4; funciona mejor cuando cada organización tiene una voz en la sala.</translation>
    </message>
    <message>
        <source>Build a set of facts the partners accept, each with its source, so later discussions are about what to do rather than what is true.</source>
        <translation>Construir un conjunto de hechos que los socios aceptan, cada uno con su fuente, para que las conversaciones posteriores traten sobre qué hacer y no sobre qué es cierto.</translation>
    </message>
    <message>
        <source>Type each fact with its source, date and who brought it (Tab moves between the boxes).</source>
        <translation>Escribir cada hecho con su fuente, su fecha y quién lo aportó (Tab pasa de un cuadro a otro).</translation>
    </message>
    <message>
        <source>Ask the room about each fact: agreed, disputed or needs data? Alt and the underlined letter mark it.</source>
        <translation>Preguntar a la sala por cada hecho: ¿acordado, en disputa o faltan datos? Alt y la letra subrayada lo marcan.</translation>
    </message>
    <message>
        <source>For a disputed fact or a missing number, add an open question with an owner and a due date.</source>
        <translation>Para un hecho en disputa o un número que falta, añadir una pregunta abierta con un responsable y una fecha límite.</translation>
    </message>
    <message>
        <source>Review the open questions at the end: they become action items in the summary.</source>
        <translation>Repasar las preguntas abiertas al final: se convierten en acciones en el resumen.</translation>
    </message>
    <message>
        <source>Ask for the source before the fact is discussed: it changes how people argue about it.</source>
        <translation>Pedir la fuente antes de discutir el hecho: cambia la forma en que la gente lo discute.</translation>
    </message>
    <message>
        <source>A disputed fact is not a failure: it tells you what data the partnership needs.</source>
        <translation>Un hecho en disputa no es un fracaso: indica qué datos necesita la alianza.</translation>
    </message>
    <message>
        <source>Letting one partner&apos;s figures stand as fact because they came first or look the most official.</source>
        <translation>Dejar que las cifras de un socio pasen por hechos porque llegaron primero o parecen las más oficiales.</translation>
    </message>
    <message>
        <source>Open questions without an owner and a date never come back.</source>
        <translation>Las preguntas abiertas sin responsable ni fecha nunca vuelven.</translation>
    </message>
    <message>
        <source>After the issue is scoped and before measures are chosen, and again when new figures or reports come in.</source>
        <translation>Después de delimitar el problema y antes de elegir las medidas, y otra vez cuando llegan nuevas cifras o informes.</translation>
    </message>
    <message>
        <source>6 to 30 people; the partners who hold the data should be there.</source>
        <translation>De 6 a 30 personas; deben estar los socios que tienen los datos.</translation>
    </message>
    <message>
        <source>Agree how indicators will be judged before anyone proposes one, so the choice is about the partnership and not about one partner&apos;s favourite number.</source>
        <translation>Acordar cómo se juzgarán los indicadores antes de que nadie proponga uno, para que la elección trate de la alianza y no del número favorito de un socio.</translation>
    </message>
    <message>
        <source>Add the standard criteria (Ctrl+D) or type your own, one per line.</source>
        <translation>Añadir los criterios estándar (Ctrl+D) o escribir criterios propios, uno por línea.</translation>
    </message>
    <message>
        <source>Check each judging criterion with the room: relevant to the shared vision and to the agreed facts, data obtainable in time, telling about people&apos;s lived experience.</source>
        <translation>Revisar con la sala cada criterio de evaluación: pertinente para la visión compartida y para los hechos acordados, datos obtenibles a tiempo, que diga algo sobre la experiencia vivida de la gente.</translation>
    </message>
    <message>
        <source>Add the capacity checks: do the partners have the expertise, access and resources to collect the data?</source>
        <translation>Añadir las verificaciones de capacidad: ¿tienen los socios los conocimientos, el acceso y los recursos para recopilar los datos?</translation>
    </message>
    <message>
        <source>Read the list aloud and ask what is missing before anyone proposes an indicator.</source>
        <translation>Leer la lista en voz alta y preguntar qué falta antes de que nadie proponga un indicador.</translation>
    </message>
    <message>
        <source>Keep the list short, five to eight criteria: every proposed indicator is scored against each of them.</source>
        <translation>Mantener la lista corta, de cinco a ocho criterios: cada indicador propuesto se puntúa según cada uno de ellos.</translation>
    </message>
    <message>
        <source>If partners disagree about a criterion, settle it now, before anyone&apos;s indicator is at stake.</source>
        <translation>Si los socios no están de acuerdo sobre un criterio, resolverlo ahora, antes de que esté en juego el indicador de nadie.</translation>
    </message>
    <message>
        <source>Proposing indicators first and writing the criteria to fit the favourites afterwards.</source>
        <translation>Proponer primero los indicadores y luego redactar los criterios a la medida de los favoritos.</translation>
    </message>
    <message>
        <source>Forgetting capacity: an ideal indicator nobody can collect is never reported.</source>
        <translation>Olvidar la capacidad: un indicador ideal que nadie puede recopilar nunca se informa.</translation>
    </message>
    <message>
        <source>Just before indicators are proposed, once the vision and the facts are agreed.</source>
        <translation>Justo antes de proponer indicadores, una vez acordados la visión y los hechos.</translation>
    </message>
    <message>
        <source>The whole room, 6 to 30 people; it is short and needs everyone&apos;s agreement.</source>
        <translation>Toda la sala, de 6 a 30 personas; es breve y necesita el acuerdo de todos.</translation>
    </message>
    <message>
        <source>Collect the candidate measures of success, with enough detail to decide which ones the partnership will track.</source>
        <translation>Reunir las medidas de éxito candidatas, con suficiente detalle para decidir cuáles seguirá la alianza.</translation>
    </message>
    <message>
        <source>Capture indicator names quickly while people talk; Enter adds one.</source>
        <translation>Anotar rápido los nombres de los indicadores mientras la gente habla; Enter añade uno.</translation>
    </message>
    <message>
        <source>Afterwards fill in each one: what it measures, its kind (input, output, outcome, impact), financial or not, leading or lagging, data source, baseline, target, how often and owner.</source>
        <translation>Después, completar cada uno: qué mide, su tipo (insumo, producto, resultado, impacto), si es financiero o no, adelantado o rezagado, fuente de datos, línea de base, meta, frecuencia y responsable.</translation>
    </message>
    <message>
        <source>Tick whose stakeholders need it (Space ticks): a budget office, a board, members.</source>
        <translation>Marcar qué partes interesadas de qué socios lo necesitan (Espacio marca): una oficina de presupuesto, un directorio, sus miembros.</translation>
    </message>
    <message>
        <source>Score each indicator against the agreed criteria.</source>
        <translation>Puntuar cada indicador según los criterios acordados.</translation>
    </message>
    <message>
        <source>Ask for at least one leading indicator (it predicts) and one that is not financial.</source>
        <translation>Pedir al menos un indicador adelantado (que anticipa) y uno que no sea financiero.</translation>
    </message>
    <message>
        <source>The owner is the partner that will collect and report it: no owner, no indicator.</source>
        <translation>El responsable es el socio que lo recopilará e informará: sin responsable, no hay indicador.</translation>
    </message>
    <message>
        <source>Only financial measures: at best they show part of the picture.</source>
        <translation>Solo medidas financieras: en el mejor de los casos muestran parte del panorama.</translation>
    </message>
    <message>
        <source>Only lagging measures: you learn that things went wrong when it is too late to change course.</source>
        <translation>Solo medidas rezagadas: se descubre que algo salió mal cuando ya es tarde para cambiar el rumbo.</translation>
    </message>
    <message>
        <source>When the partnership is ready to say how it will know it worked: after the criteria are agreed, before the vote.</source>
        <translation>Cuando la alianza está lista para decir cómo sabrá que funcionó: después de acordar los criterios, antes de votar.</translation>
    </message>
    <message>
        <source>6 to 30 people; with more, let tables propose indicators and fill in the details together.</source>
        <translation>De 6 a 30 personas; con más, dejar que las mesas propongan indicadores y completen juntas los detalles.</translation>
    </message>
    <message>
        <source>Decide together which indicators the partnership adopts, by a rule everyone knows before the vote, and see who disagrees.</source>
        <translation>Decidir en conjunto qué indicadores adopta la alianza, con una regla que todos conocen antes de votar, y ver quién no está de acuerdo.</translation>
    </message>
    <message>
        <source>Choose the vote method: fist-to-five, gradients of agreement, or dot votes.</source>
        <translation>Elegir el método de votación: puño a cinco, gradientes de acuerdo o votación por puntos.</translation>
    </message>
    <message>
        <source>Choose the decision rule (for example nobody below “live with”, or 80% at 3 or more) and read it to the room before anyone votes.</source>
        <translation>Elegir la regla de decisión (por ejemplo, nadie por debajo de “puedo aceptarlo”, o el 80 % en 3 o más) y leerla a la sala antes de que nadie vote.</translation>
    </message>
    <message>
        <source>Vote one indicator at a time and type the tallies, sector by sector if you want to see the spread.</source>
        <translation>Votar un indicador a la vez y escribir los recuentos, sector por sector si se quiere ver la dispersión.</translation>
    </message>
    <message>
        <source>Reveal the results (Ctrl+R or F9) and look at the dissent column before announcing what was adopted.</source>
        <translation>Revelar los resultados (Ctrl+R o F9) y mirar la columna de desacuerdo antes de anunciar qué se adoptó.</translation>
    </message>
    <message>
        <source>Keep the results hidden until every indicator has been voted, so early results do not steer later votes.</source>
        <translation>Mantener ocultos los resultados hasta que se hayan votado todos los indicadores, para que los primeros resultados no orienten los votos posteriores.</translation>
    </message>
    <message>
        <source>A block (a fist, or “block”) parks the indicator: ask what would make it acceptable.</source>
        <translation>Un bloqueo (un puño, o “bloqueo”) deja el indicador en espera: preguntar qué lo haría aceptable.</translation>
    </message>
    <message>
        <source>The rule locks once votes are entered, so nobody can change it to fit the result.</source>
        <translation>La regla se bloquea en cuanto se ingresan votos, para que nadie pueda cambiarla según el resultado.</translation>
    </message>
    <message>
        <source>Averaging away a sector that votes low: when one sector rates an indicator 1, that is a conversation, not a rounding error.</source>
        <translation>Promediar hasta hacer desaparecer a un sector que vota bajo: cuando un sector califica un indicador con 1, es una conversación pendiente, no un error de redondeo.</translation>
    </message>
    <message>
        <source>Changing the rule after seeing the votes: the room stops trusting the next vote.</source>
        <translation>Cambiar la regla después de ver los votos: la sala deja de confiar en la votación siguiente.</translation>
    </message>
    <message>
        <source>Right after the indicators are proposed and scored, in the same meeting or the next.</source>
        <translation>Justo después de proponer y puntuar los indicadores, en la misma reunión o en la siguiente.</translation>
    </message>
    <message>
        <source>Any size from 5; every partner should have at least one person voting.</source>
        <translation>Cualquier tamaño desde 5; cada socio debería tener al menos una persona que vote.</translation>
    </message>
    <message>
        <source>Look at the adopted indicators as a set: does it tell the whole story, and can every partner report on it?</source>
        <translation>Mirar los indicadores adoptados como conjunto: ¿cuenta toda la historia y puede cada socio informar sobre él?</translation>
    </message>
    <message>
        <source>Show the balance chart: the adopted indicators by kind, financial or not, leading or lagging.</source>
        <translation>Mostrar el gráfico de equilibrio: los indicadores adoptados por tipo, financieros o no, adelantados o rezagados.</translation>
    </message>
    <message>
        <source>Read any warning aloud: a set that is all financial, or has no leading indicator.</source>
        <translation>Leer en voz alta cualquier aviso: un conjunto todo financiero, o sin ningún indicador adelantado.</translation>
    </message>
    <message>
        <source>Check that every partner has at least one indicator it can report to those it answers to.</source>
        <translation>Comprobar que cada socio tiene al menos un indicador que puede informar a quienes rinde cuentas.</translation>
    </message>
    <message>
        <source>If something is missing, go back to the vote and adopt or re-vote an indicator; this check follows by itself.</source>
        <translation>Si falta algo, volver a la votación y adoptar un indicador o votarlo de nuevo; esta revisión se actualiza sola.</translation>
    </message>
    <message>
        <source>This block is short: the work was done in the vote. Its job is to catch gaps.</source>
        <translation>Este bloque es breve: el trabajo se hizo en la votación. Su función es detectar vacíos.</translation>
    </message>
    <message>
        <source>Accepting a set that leaves a partner nothing to report: it will struggle to justify its time and money.</source>
        <translation>Aceptar un conjunto que deja a un socio sin nada que informar: le costará justificar su tiempo y su dinero.</translation>
    </message>
    <message>
        <source>Adding indicators here without a vote: go back to the agreement block, so the rule still applies.</source>
        <translation>Añadir indicadores aquí sin votación: volver al bloque de acuerdo, para que la regla siga aplicándose.</translation>
    </message>
    <message>
        <source>Right after the vote on indicators, while the room can still go back and change the set.</source>
        <translation>Justo después de votar los indicadores, mientras la sala todavía puede volver atrás y cambiar el conjunto.</translation>
    </message>
    <message>
        <source>The whole room, any size; the facilitator reads the chart aloud.</source>
        <translation>Toda la sala, cualquier tamaño; quien facilita lee el gráfico en voz alta.</translation>
    </message>
    <message>
        <source>Look at what the agreed indicators measured since they were adopted, against where they started and where the partners want them to be.</source>
        <translation>Ver lo que midieron los indicadores acordados desde que se adoptaron, frente a dónde empezaron y dónde quieren los socios que estén.</translation>
    </message>
    <message>
        <source>Before the meeting, ask each indicator&apos;s owner for the latest figures and their source.</source>
        <translation>Antes de la reunión, pedir al responsable de cada indicador las cifras más recientes y su fuente.</translation>
    </message>
    <message>
        <source>Pick the indicator (Alt+I), type the value and what was said about it (“371 lights helped”) and press Enter; set the date and the source in the list.</source>
        <translation>Elegir el indicador (Alt+I), escribir el valor y lo que se dijo sobre él (“371 luminarias reparadas”) y pulsar Enter; indicar la fecha y la fuente en la lista.</translation>
    </message>
    <message>
        <source>Show the charts: each indicator&apos;s values over time, with its baseline and target as lines.</source>
        <translation>Mostrar los gráficos: los valores de cada indicador a lo largo del tiempo, con su línea de base y su meta como líneas.</translation>
    </message>
    <message>
        <source>Ask what moved the numbers, and whether any indicator no longer tells the story.</source>
        <translation>Preguntar qué movió los números y si algún indicador ya no cuenta la historia.</translation>
    </message>
    <message>
        <source>A leading indicator moves first: start with it to keep the room&apos;s attention.</source>
        <translation>Un indicador adelantado se mueve primero: empezar por él para mantener la atención de la sala.</translation>
    </message>
    <message>
        <source>Say where each figure comes from: the room trusts numbers it can trace.</source>
        <translation>Decir de dónde viene cada cifra: la sala confía en los números que puede rastrear.</translation>
    </message>
    <message>
        <source>Celebrating or blaming a single month: look at the direction over several points.</source>
        <translation>Celebrar o culpar por un solo mes: mirar la dirección a lo largo de varios puntos.</translation>
    </message>
    <message>
        <source>Measurements typed without a date: the chart cannot place them in time.</source>
        <translation>Mediciones escritas sin fecha: el gráfico no puede ubicarlas en el tiempo.</translation>
    </message>
    <message>
        <source>At the check-ins between big meetings, once indicators have been adopted and measured at least once.</source>
        <translation>En las revisiones entre reuniones grandes, una vez que los indicadores se adoptaron y se midieron al menos una vez.</translation>
    </message>
    <message>
        <source>Any size; the owner of each indicator reports and the room asks.</source>
        <translation>Cualquier tamaño; el responsable de cada indicador informa y la sala pregunta.</translation>
    </message>
    <message>
        <source>Agree what the evaluation is for before anyone collects data for it: learning, accountability or funding each need different questions, readers and timing.</source>
        <translation>Acordar para qué es la evaluación antes de que nadie recopile datos para ella: el aprendizaje, la rendición de cuentas o el financiamiento necesitan preguntas, lectores y plazos distintos.</translation>
    </message>
    <message>
        <source>Ask: who will read the evaluation, and what decision will they make with it?</source>
        <translation>Preguntar: ¿quién leerá la evaluación y qué decisión tomará con ella?</translation>
    </message>
    <message>
        <source>Choose the purpose (Alt+U), type the question the evaluation must answer and press Enter; Tab to say for whom, by when and with which indicators.</source>
        <translation>Elegir el propósito (Alt+P), escribir la pregunta que debe responder la evaluación y pulsar Enter; Tab para indicar para quién, para cuándo y con qué indicadores.</translation>
    </message>
    <message>
        <source>Read the questions back by purpose and mark those the room adopts (Ctrl+Return).</source>
        <translation>Releer las preguntas por propósito y marcar las que adopta la sala (Ctrl+Return).</translation>
    </message>
    <message>
        <source>Check that every adopted question has an indicator that can answer it.</source>
        <translation>Comprobar que cada pregunta adoptada tiene un indicador que pueda responderla.</translation>
    </message>
    <message>
        <source>A funder&apos;s question and a learning question can both be asked, but say which is which.</source>
        <translation>Se pueden hacer a la vez una pregunta de un financiador y una de aprendizaje, pero hay que decir cuál es cuál.</translation>
    </message>
    <message>
        <source>Write the question as the reader would ask it, not as the evaluator would.</source>
        <translation>Escribir la pregunta como la haría quien la lee, no quien evalúa.</translation>
    </message>
    <message>
        <source>An evaluation for everyone is read by no one: name the reader of each question.</source>
        <translation>Una evaluación para todos no la lee nadie: nombrar al lector de cada pregunta.</translation>
    </message>
    <message>
        <source>Questions no indicator can answer: drop them or add the indicator now.</source>
        <translation>Preguntas que ningún indicador puede responder: descartarlas o añadir ahora el indicador.</translation>
    </message>
    <message>
        <source>Once the measures are agreed and before the first report is due: when the partnership plans how it will judge itself.</source>
        <translation>Una vez acordadas las medidas y antes de que venza el primer informe: cuando la alianza planifica cómo se juzgará a sí misma.</translation>
    </message>
    <message>
        <source>Any size; with more than 15 people, let each sector propose its questions, then agree them together.</source>
        <translation>Cualquier tamaño; con más de 15 personas, dejar que cada sector proponga sus preguntas y luego acordarlas en conjunto.</translation>
    </message>
    <message>
        <source>List, partner by partner, what each will share, with whom, how often, in what form, how sensitive it is and which laws or contracts apply, before anyone commits.</source>
        <translation>Enumerar, socio por socio, qué compartirá cada uno, con quién, con qué frecuencia, en qué forma, qué tan sensible es y qué leyes o contratos se aplican, antes de que nadie se comprometa.</translation>
    </message>
    <message>
        <source>Choose the partner that shares, type what it will share and press Enter.</source>
        <translation>Elegir el socio que comparte, escribir lo que compartirá y pulsar Enter.</translation>
    </message>
    <message>
        <source>Tick who receives it (Space ticks), then fill in the purpose, how often and in what form.</source>
        <translation>Marcar quién lo recibe (Espacio marca) y luego completar el propósito, la frecuencia y la forma.</translation>
    </message>
    <message>
        <source>Set the sensitivity and tick the legal constraints: public records and sunshine laws, privacy law, contracts.</source>
        <translation>Fijar la sensibilidad y marcar las restricciones legales: leyes de registros públicos y de transparencia, leyes de privacidad, contratos.</translation>
    </message>
    <message>
        <source>Read the history warnings: pairs without a good history of working together need more care.</source>
        <translation>Leer los avisos de historia: los pares sin una buena historia de trabajo conjunto necesitan más cuidado.</translation>
    </message>
    <message>
        <source>Ask a partner&apos;s legal or records officer to join this block, or to review the list afterwards.</source>
        <translation>Pedir a la persona a cargo de asuntos legales o de registros de un socio que se sume a este bloque, o que revise la lista después.</translation>
    </message>
    <message>
        <source>Sensitive data limits who may see the commitment itself; the projector and the exports follow that.</source>
        <translation>Los datos sensibles limitan quién puede ver el propio compromiso; el proyector y las exportaciones lo respetan.</translation>
    </message>
    <message>
        <source>Promising data before checking that the law allows sharing it.</source>
        <translation>Prometer datos antes de comprobar que la ley permite compartirlos.</translation>
    </message>
    <message>
        <source>Forgetting that anyone may request a public agency&apos;s records: what it receives may become public.</source>
        <translation>Olvidar que cualquiera puede solicitar los registros de un organismo público: lo que recibe puede volverse público.</translation>
    </message>
    <message>
        <source>When the partners are ready to commit to sharing data, usually after the measures are agreed: the indicators say which data is needed.</source>
        <translation>Cuando los socios están listos para comprometerse a compartir datos, por lo general después de acordar las medidas: los indicadores dicen qué datos se necesitan.</translation>
    </message>
    <message>
        <source>6 to 30 people; each partner needs someone who knows its data and the rules that apply to it.</source>
        <translation>De 6 a 30 personas; cada socio necesita a alguien que conozca sus datos y las reglas que se les aplican.</translation>
    </message>
    <message>
        <source>Agree who answers the media and records requests for each partner, how partners warn each other, and how long a partner has to review anything before it is released.</source>
        <translation>Acordar quién responde a los medios y a las solicitudes de registros por cada socio, cómo se avisan los socios entre sí y cuánto tiempo tiene un socio para revisar cualquier cosa antes de que se publique.</translation>
    </message>
    <message>
        <source>For each partner type who answers media enquiries, then Tab to who handles records requests.</source>
        <translation>Para cada socio, escribir quién responde a las consultas de los medios y luego, con Tab, quién atiende las solicitudes de registros.</translation>
    </message>
    <message>
        <source>Agree how partners warn each other when a request or a story comes in (a call, an email, within a day).</source>
        <translation>Acordar cómo se avisan los socios cuando llega una solicitud o una noticia (una llamada, un correo, dentro del día).</translation>
    </message>
    <message>
        <source>Agree the review time a partner has before anything about the partnership is released.</source>
        <translation>Acordar el tiempo de revisión que tiene un socio antes de que se publique algo sobre la alianza.</translation>
    </message>
    <message>
        <source>Check the list of partners without contacts and fill the gaps.</source>
        <translation>Revisar la lista de socios sin contactos y completar lo que falta.</translation>
    </message>
    <message>
        <source>Name a role as well as a person: people change jobs, the role stays.</source>
        <translation>Nombrar un cargo además de una persona: la gente cambia de trabajo, el cargo queda.</translation>
    </message>
    <message>
        <source>Public agencies often have legal deadlines for records requests; agree a review time that fits inside them.</source>
        <translation>Los organismos públicos suelen tener plazos legales para las solicitudes de registros; acordar un tiempo de revisión que quepa dentro de ellos.</translation>
    </message>
    <message>
        <source>Learning about a story on the partnership from the news.</source>
        <translation>Enterarse por las noticias de una nota sobre la alianza.</translation>
    </message>
    <message>
        <source>A review time longer than the legal deadline: the agency will have to release without warning you.</source>
        <translation>Un tiempo de revisión más largo que el plazo legal: el organismo tendrá que publicar sin avisar.</translation>
    </message>
    <message>
        <source>Before the partnership makes any public statement, and before the first records request arrives.</source>
        <translation>Antes de que la alianza haga cualquier declaración pública y antes de que llegue la primera solicitud de registros.</translation>
    </message>
    <message>
        <source>One person per partner who speaks for it, or knows who does; any size.</source>
        <translation>Una persona por socio que hable en su nombre, o que sepa quién lo hace; cualquier tamaño.</translation>
    </message>
    <message>
        <source>Turn the data commitments into an agreement the partners sign up to; the summary makes a draft information-sharing agreement of them for the partners&apos; lawyers.</source>
        <translation>Convertir los compromisos de datos en un acuerdo que los socios suscriben; el resumen arma con ellos un borrador de acuerdo para compartir información destinado a los abogados de los socios.</translation>
    </message>
    <message>
        <source>Read each commitment aloud: who shares what, with whom, under which constraints.</source>
        <translation>Leer cada compromiso en voz alta: quién comparte qué, con quién, bajo qué restricciones.</translation>
    </message>
    <message>
        <source>Ask every party to it whether they agree, and mark it agreed (Space) only when all of them do.</source>
        <translation>Preguntar a cada una de sus partes si está de acuerdo y marcarlo como acordado (Espacio) solo cuando todas lo estén.</translation>
    </message>
    <message>
        <source>Read the draft agreement below the list as the partners will read it.</source>
        <translation>Leer el borrador de acuerdo que aparece debajo de la lista tal como lo leerán los socios.</translation>
    </message>
    <message>
        <source>Export it for the partners (Ctrl+E) so their lawyers can review it.</source>
        <translation>Exportarlo para los socios (Ctrl+E) para que sus abogados lo revisen.</translation>
    </message>
    <message>
        <source>A commitment not yet agreed stays in the inventory: come back to it at the next meeting.</source>
        <translation>Un compromiso todavía no acordado sigue en el inventario: volver a él en la reunión siguiente.</translation>
    </message>
    <message>
        <source>Taking the draft as final: it is a starting point for lawyers, not a signed agreement.</source>
        <translation>Tomar el borrador como definitivo: es un punto de partida para los abogados, no un acuerdo firmado.</translation>
    </message>
    <message>
        <source>Marking a commitment agreed when the partner that receives it was not in the room.</source>
        <translation>Marcar un compromiso como acordado cuando el socio que lo recibe no estaba en la sala.</translation>
    </message>
    <message>
        <source>After the data inventory, when the partners are ready to commit in writing.</source>
        <translation>Después del inventario de datos, cuando los socios están listos para comprometerse por escrito.</translation>
    </message>
    <message>
        <source>Every partner that shares or receives data must be in the room, with someone who may agree for it.</source>
        <translation>Cada socio que comparte o recibe datos debe estar en la sala, con alguien que pueda dar su acuerdo en su nombre.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Facilitator guide</source>
        <translation>Guía de facilitación</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Buscar en la guía</translation>
    </message>
    <message>
        <source>Search the guide, for example: reveal, visibility, paper (Enter: next)</source>
        <translation>Buscar en la guía, por ejemplo: revelar, visibilidad, papel (Enter: siguiente)</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Resultado de la búsqueda</translation>
    </message>
    <message>
        <source>Guide sections</source>
        <translation>Secciones de la guía</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>Texto de la guía</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message numerus="yes">
        <source>“{text}” is in %n section(s); Enter shows the next.</source>
        <translation>
            <numerusform>“{text}” aparece en %n sección; Enter muestra la siguiente.</numerusform>
            <numerusform>“{text}” aparece en %n secciones; Enter muestra la siguiente.</numerusform>
        </translation>
    </message>
    <message>
        <source>No section of the guide mentions “{text}”.</source>
        <translation>Ninguna sección de la guía menciona “{text}”.</translation>
    </message>
</context>
<context>
    <name>Handouts</name>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Handouts: {meeting}</source>
        <translation>Impresos: {meeting}</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>de {start} a {end}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Total: {length}</source>
        <translation>Total: {length}</translation>
    </message>
    <message>
        <source>Sign-in: {meeting}</source>
        <translation>Registro: {meeting}</translation>
    </message>
    <message>
        <source>Please tick your name, or write it on an empty line with your organisation.</source>
        <translation>Marque su nombre, o escríbalo en una línea vacía junto con su organización.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>{question} Put a cross in one box on each line.</source>
        <translation>{question} Marque con una cruz una casilla en cada línea.</translation>
    </message>
    <message>
        <source>Method: {method}.</source>
        <translation>Método: {method}.</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>Place your {n} dots next to what you support most.</source>
        <translation>Ponga sus {n} puntos junto a lo que más apoya.</translation>
    </message>
    <message>
        <source>At most one dot on each line.</source>
        <translation>Como máximo un punto en cada línea.</translation>
    </message>
    <message>
        <source>At most {n} dots on one line.</source>
        <translation>Como máximo {n} puntos en una línea.</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Code: on the screen</source>
        <translation>Código: en la pantalla</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the square, or open the address, then type the code the screen shows. Use the room&apos;s Wi-Fi. No name is asked. If the screen shows another address, use that one.</source>
        <translation>Apunte la cámara del teléfono al cuadrado, o abra la dirección, y escriba el código que muestra la pantalla. Use el Wi-Fi de la sala. No se pide el nombre. Si la pantalla muestra otra dirección, use esa.</translation>
    </message>
    <message>
        <source>Address: ______________________</source>
        <translation>Dirección: ______________________</translation>
    </message>
    <message>
        <source>Code: ________</source>
        <translation>Código: ________</translation>
    </message>
    <message>
        <source>The address, its square code and the join code appear on the screen when the meeting opens to phones: write them here, or point your phone&apos;s camera at the screen. Use the room&apos;s Wi-Fi. No name is asked.</source>
        <translation>La dirección, su código cuadrado y el código de acceso aparecen en la pantalla cuando la reunión se abre a los teléfonos: anótelos aquí, o apunte la cámara del teléfono a la pantalla. Use el Wi-Fi de la sala. No se pide el nombre.</translation>
    </message>
</context>
<context>
    <name>HandoutsDialog</name>
    <message>
        <source>Handouts for the tables</source>
        <translation>Impresos para las mesas</translation>
    </message>
    <message>
        <source>One PDF to print for the room: the agenda with its times, a sign-in sheet with the partners&apos; people, a ballot or dot-vote sheet for each vote, idea cards for each block that gathers ideas, and the join card when phones can take part. Only what the room may see is printed.</source>
        <translation>Un PDF para imprimir para la sala: la agenda con sus horarios, una hoja de registro con las personas de los socios, una papeleta u hoja de votación por puntos para cada votación, tarjetas de ideas para cada bloque que reúne ideas, y la tarjeta de acceso cuando los teléfonos pueden participar. Solo se imprime lo que la sala puede ver.</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>Handouts status</source>
        <translation>Estado de los impresos</translation>
    </message>
    <message>
        <source>Writing the handouts</source>
        <translation>Escribiendo los impresos</translation>
    </message>
    <message>
        <source>Not written: the existing file was kept.</source>
        <translation>No se escribió: se conservó el archivo existente.</translation>
    </message>
    <message>
        <source>&amp;Write PDF</source>
        <translation>&amp;Escribir PDF</translation>
    </message>
    <message>
        <source>{date} {title} handouts</source>
        <translation>Impresos {date} {title}</translation>
    </message>
    <message>
        <source>Save handouts as</source>
        <translation>Guardar los impresos como</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the handouts…</source>
        <translation>Escribiendo los impresos…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
    <message>
        <source>Not written: {message}</source>
        <translation>No se escribió: {message}</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="vanished">Tamaño de papel</translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="vanished">A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="vanished">Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="vanished">Guardar como</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="vanished">Elegir…</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation type="vanished">Elegir dónde guardar</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="vanished">&amp;Guardar como:</translation>
    </message>
    <message>
        <source>Choose where to save the file first.</source>
        <translation type="vanished">Primero hay que elegir dónde guardar el archivo.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="vanished">Cerrar</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Partners involved</source>
        <translation>Socios involucrados</translation>
    </message>
    <message>
        <source>Space ticks or unticks a partner</source>
        <translation>Espacio marca o desmarca un socio</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Lesson learned</source>
        <translation>Lección aprendida</translation>
    </message>
    <message>
        <source>What they did together</source>
        <translation>Lo que hicieron juntos</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>What did they do together? Then Enter</source>
        <translation>¿Qué hicieron juntos? Luego Enter</translation>
    </message>
    <message>
        <source>Use ticked partners for the selected record</source>
        <translation>Usar los socios marcados para el registro seleccionado</translation>
    </message>
    <message>
        <source>Who has worked with whom</source>
        <translation>Quién trabajó con quién</translation>
    </message>
    <message>
        <source>Enter on a cell ticks that pair above</source>
        <translation>Enter en una celda marca ese par arriba</translation>
    </message>
    <message>
        <source>&amp;Partners involved (Space ticks)</source>
        <translation>&amp;Socios involucrados (Espacio marca)</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <source>Who has worked with whom (this and earlier meetings)</source>
        <translation>Quién trabajó con quién (en esta reunión y las anteriores)</translation>
    </message>
    <message>
        <source>Tick at least two partners (Space in the partner list) before you add a history.</source>
        <translation>Marcar al menos dos socios (Espacio en la lista de socios) antes de añadir una historia.</translation>
    </message>
    <message>
        <source>Select one record and tick at least two partners first.</source>
        <translation>Primero hay que seleccionar un registro y marcar al menos dos socios.</translation>
    </message>
    <message>
        <source>Change partners of a history</source>
        <translation>Cambiar los socios de una historia</translation>
    </message>
</context>
<context>
    <name>HomeModel</name>
    <message>
        <source>Collaboration: {name}, found by its name</source>
        <translation>Colaboración: {name}, encontrada por su nombre</translation>
    </message>
    <message>
        <source>Collaboration: {name}</source>
        <translation>Colaboración: {name}</translation>
    </message>
    <message>
        <source>{title}, found by {why}</source>
        <translation>{title}, encontrado por {why}</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>New collaboration</source>
        <translation>Nueva colaboración</translation>
    </message>
    <message>
        <source>Name of the partnership:</source>
        <translation>Nombre de la alianza:</translation>
    </message>
    <message>
        <source>Create collaboration</source>
        <translation>Crear colaboración</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nuevo taller</translation>
    </message>
    <message>
        <source>Create or select a collaboration first.</source>
        <translation>Primero hay que crear o seleccionar una colaboración.</translation>
    </message>
    <message>
        <source>New workshop for {name}</source>
        <translation>Nuevo taller para {name}</translation>
    </message>
    <message>
        <source>Workshop details</source>
        <translation>Datos del taller</translation>
    </message>
    <message>
        <source>Edit workshop details</source>
        <translation>Editar los datos del taller</translation>
    </message>
    <message>
        <source>Rename collaboration</source>
        <translation>Cambiar el nombre de la colaboración</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Plan the next meeting</source>
        <translation>Planificar la próxima reunión</translation>
    </message>
    <message>
        <source>Next meeting: {title}</source>
        <translation>Próxima reunión: {title}</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation>Eliminar taller</translation>
    </message>
    <message>
        <source>Delete “{title}”? It goes to Deleted workshops, where you can restore it; Ctrl+Z also brings it back.</source>
        <translation>¿Eliminar “{title}”? Pasa a Talleres eliminados, desde donde se puede restaurar; Ctrl+Z también lo recupera.</translation>
    </message>
    <message>
        <source>Delete collaboration</source>
        <translation>Eliminar colaboración</translation>
    </message>
    <message>
        <source>Delete the collaboration “{name}” and hide all its workshops? Ctrl+Z brings it back.</source>
        <translation>¿Eliminar la colaboración “{name}” y ocultar todos sus talleres? Ctrl+Z la recupera.</translation>
    </message>
    <message>
        <source>Search workshops by title, place or what was said in them</source>
        <translation>Buscar talleres por título, lugar o lo que se dijo en ellos</translation>
    </message>
    <message>
        <source>Search workshops</source>
        <translation>Buscar talleres</translation>
    </message>
    <message>
        <source>Finds collaborations by name, workshops by title or place, and what was said in them; the best match first (Ctrl+F)</source>
        <translation>Encuentra colaboraciones por nombre, talleres por título o lugar, y lo que se dijo en ellos; primero lo que mejor coincide (Ctrl+F)</translation>
    </message>
    <message>
        <source>Collaboration / workshop</source>
        <translation>Colaboración / taller</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Encontrado por</translation>
    </message>
    <message>
        <source>Collaborations and workshops</source>
        <translation>Colaboraciones y talleres</translation>
    </message>
    <message>
        <source>New collaboration…</source>
        <translation>Nueva colaboración…</translation>
    </message>
    <message>
        <source>New workshop…</source>
        <translation>Nuevo taller…</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>Abrir taller</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Partners…</source>
        <translation>Socios…</translation>
    </message>
    <message>
        <source>Duplicate as next meeting…</source>
        <translation>Duplicar como próxima reunión…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Deleted workshops…</source>
        <translation>Talleres eliminados…</translation>
    </message>
    <message>
        <source>Try the demo collaboration</source>
        <translation>Probar la colaboración de demostración</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Your collaborations</source>
        <translation>Colaboraciones</translation>
    </message>
    <message>
        <source>Open a workshop to run it (Enter), or plan a new one. Everything is saved as you type, on this computer only.</source>
        <translation>Abrir un taller para conducirlo (Enter), o planificar uno nuevo. Todo se guarda mientras se escribe, solo en esta computadora.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>collaboration name</source>
        <translation>nombre de la colaboración</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lugar</translation>
    </message>
    <message>
        <source>what was said: “{snippet}”</source>
        <translation>lo que se dijo: “{snippet}”</translation>
    </message>
    <message>
        <source>what was said: “{snippet}” ({n} items)</source>
        <translation>lo que se dijo: “{snippet}” ({n} elementos)</translation>
    </message>
    <message>
        <source>No collaboration yet: start with New collaboration, or try the demo collaboration to see a meeting in progress.</source>
        <translation>Todavía no hay colaboraciones: empezar con Nueva colaboración, o probar la colaboración de demostración para ver una reunión en curso.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno aún</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Partners: {names}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Socios: {names}</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;br&gt;&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{count} captured items</source>
        <translation>&lt;br&gt;&lt;br&gt;&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{count} elementos registrados</translation>
    </message>
</context>
<context>
    <name>HopesConcernsPanel</name>
    <message>
        <source>Cluster</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Mark agreed / not agreed (Ctrl+Return)</source>
        <translation>Marcar acordado / no acordado (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Select a working agreement in the list first.</source>
        <translation>Primero hay que seleccionar un acuerdo de trabajo de la lista.</translation>
    </message>
    <message>
        <source>Hope</source>
        <translation>Esperanza</translation>
    </message>
    <message>
        <source>A hope, then Enter</source>
        <translation>Una esperanza, luego Enter</translation>
    </message>
    <message>
        <source>Hopes (Alt+1)</source>
        <translation>Esperanzas (Alt+1)</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Preocupación</translation>
    </message>
    <message>
        <source>A concern, then Enter</source>
        <translation>Una preocupación, luego Enter</translation>
    </message>
    <message>
        <source>Concerns (Alt+2)</source>
        <translation>Preocupaciones (Alt+2)</translation>
    </message>
    <message>
        <source>Working agreement</source>
        <translation>Acuerdo de trabajo</translation>
    </message>
    <message>
        <source>A working agreement, then Enter</source>
        <translation>Un acuerdo de trabajo, luego Enter</translation>
    </message>
    <message>
        <source>Working agreements (Alt+3)</source>
        <translation>Acuerdos de trabajo (Alt+3)</translation>
    </message>
    <message>
        <source>Agreed?</source>
        <translation type="vanished">¿Acordado?</translation>
    </message>
    <message>
        <source>✔ Agreed</source>
        <translation type="vanished">✔ Acordado</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="vanished">Propuesto</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{name} is not a Workshop App workshop file.</source>
        <translation>{name} no es un archivo de taller de Workshop App.</translation>
    </message>
    <message>
        <source>{name} is too large to be a workshop file.</source>
        <translation>{name} es demasiado grande para ser un archivo de taller.</translation>
    </message>
    <message>
        <source>{name} is not a Workshop App workshop file (it is not valid JSON).</source>
        <translation>{name} no es un archivo de taller de Workshop App (no es JSON válido).</translation>
    </message>
    <message>
        <source>{name} is damaged: it holds text that is not valid Unicode. It was not imported.</source>
        <translation>{name} está dañado: contiene texto que no es Unicode válido. No se importó.</translation>
    </message>
    <message>
        <source>{name} is a collaboration report, not a workshop; only workshop files can be imported.</source>
        <translation>{name} es un informe de colaboración, no un taller; solo se pueden importar archivos de taller.</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Workshop App (format {found}; this version reads up to {known}). Update the app to import it.</source>
        <translation>{name} se creó con una versión más reciente de Workshop App (formato {found}; esta versión lee hasta el {known}). Actualizar la aplicación para importarlo.</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>el nivel superior</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete: at {where}, {problem}.</source>
        <translation>{name} está dañado o incompleto: en {where}, {problem}.</translation>
    </message>
    <message>
        <source>this is not a date and time</source>
        <translation>esto no es una fecha y hora</translation>
    </message>
    <message>
        <source>this time is in the future</source>
        <translation>esta hora está en el futuro</translation>
    </message>
    <message>
        <source>there is no such day</source>
        <translation>ese día no existe</translation>
    </message>
    <message>
        <source>the item kind {kind!r} is not one this version knows</source>
        <translation>esta versión no conoce el tipo de elemento {kind!r}</translation>
    </message>
    <message>
        <source>it names a block that is not in the file</source>
        <translation>nombra un bloque que no está en el archivo</translation>
    </message>
    <message>
        <source>items are nested {depth} deep (at most {limit})</source>
        <translation>los elementos están anidados a {depth} niveles (como máximo {limit})</translation>
    </message>
    <message>
        <source>the block kind {kind!r} is not one this version knows</source>
        <translation>esta versión no conoce el tipo de bloque {kind!r}</translation>
    </message>
    <message>
        <source>items of this kind do not name a partner</source>
        <translation>los elementos de este tipo no nombran a un socio</translation>
    </message>
    <message>
        <source>it hangs under an item it cannot belong to</source>
        <translation>cuelga de un elemento al que no puede pertenecer</translation>
    </message>
    <message>
        <source>it names a partner that is not in the file</source>
        <translation>nombra a un socio que no está en el archivo</translation>
    </message>
    <message>
        <source>it refers to an item that is not in the file</source>
        <translation>se refiere a un elemento que no está en el archivo</translation>
    </message>
    <message>
        <source>Imported &apos;{workshop}&apos; into &apos;{collaboration}&apos; ({id}): {added} new, {updated} updated, {unchanged} already there; {matched} partners matched existing ones.</source>
        <translation>Se importó &apos;{workshop}&apos; en &apos;{collaboration}&apos; ({id}): {added} nuevos, {updated} actualizados, {unchanged} ya existentes; {matched} socios coincidieron con otros existentes.</translation>
    </message>
    <message>
        <source>{n} deleted here since were not brought back.</source>
        <translation>{n} eliminados aquí desde entonces no se recuperaron.</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} no es un archivo.</translation>
    </message>
    <message>
        <source>{path} is too large to be a workshop file ({mb:.0f} MB; the limit is {limit} MB).</source>
        <translation>{path} es demasiado grande para ser un archivo de taller ({mb:.0f} MB; el límite es {limit} MB).</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>No hay ningún archivo en {path}.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>No se puede leer {path}: {reason}.</translation>
    </message>
    <message>
        <source>The file&apos;s {what} {id} is already used by another workshop or collaboration in this database; the file was not imported.</source>
        <translation>El id {id} ({what}) del archivo ya lo usa otro taller u otra colaboración en esta base de datos; el archivo no se importó.</translation>
    </message>
    <message>
        <source>The file is inconsistent: {what}. It was not imported.</source>
        <translation>El archivo es incoherente: {what}. No se importó.</translation>
    </message>
    <message>
        <source>the workshop belongs to another collaboration</source>
        <translation>el taller pertenece a otra colaboración</translation>
    </message>
    <message>
        <source>a partner belongs to another collaboration</source>
        <translation>un socio pertenece a otra colaboración</translation>
    </message>
    <message>
        <source>a block or item belongs to another workshop</source>
        <translation>un bloque o elemento pertenece a otro taller</translation>
    </message>
    <message>
        <source>the same id is used twice</source>
        <translation>el mismo id se usa dos veces</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>taller</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is in this database&apos;s bin of deleted work; restore it before importing into it. Nothing was imported.</source>
        <translation>&apos;{name}&apos; está en la papelera de trabajos eliminados de esta base de datos; hay que restaurarlo antes de importar en él. No se importó nada.</translation>
    </message>
    <message>
        <source>earlier meeting</source>
        <translation>reunión anterior</translation>
    </message>
    <message>
        <source>block</source>
        <translation>bloque</translation>
    </message>
    <message>
        <source>item</source>
        <translation>elemento</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>socio</translation>
    </message>
    <message>
        <source>an item refers to a missing block</source>
        <translation>un elemento se refiere a un bloque que falta</translation>
    </message>
    <message>
        <source>an item refers to a missing parent item</source>
        <translation>un elemento se refiere a un elemento padre que falta</translation>
    </message>
    <message>
        <source>an item refers to a missing partner</source>
        <translation>un elemento se refiere a un socio que falta</translation>
    </message>
    <message>
        <source>an earlier meeting does not fit this workshop</source>
        <translation>una reunión anterior no corresponde a este taller</translation>
    </message>
    <message>
        <source>The file is inconsistent: items are nested too deeply or in a loop. It was not imported.</source>
        <translation>El archivo es incoherente: los elementos están anidados a demasiada profundidad o en un bucle. No se importó.</translation>
    </message>
    <message>
        <source>This database changed while the file was being previewed; nothing was imported. Look at the preview again.</source>
        <translation>Esta base de datos cambió mientras se mostraba la vista previa del archivo; no se importó nada. Revisar de nuevo la vista previa.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a workshop</source>
        <translation>Importar un taller</translation>
    </message>
    <message>
        <source>What importing this file does</source>
        <translation>Qué hace importar este archivo</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>El archivo</translation>
    </message>
    <message>
        <source>The workshop</source>
        <translation>El taller</translation>
    </message>
    <message>
        <source>The collaboration it goes into</source>
        <translation>La colaboración en la que entra</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>Whom the file was made for</source>
        <translation>Para quién se hizo el archivo</translation>
    </message>
    <message>
        <source>Workshop:</source>
        <translation>Taller:</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>En:</translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation>Socios:</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Elementos:</translation>
    </message>
    <message>
        <source>Made for:</source>
        <translation>Hecho para:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>How to take the import back</source>
        <translation>Cómo deshacer la importación</translation>
    </message>
    <message>
        <source>&amp;Open the workshop once imported</source>
        <translation>&amp;Abrir el taller una vez importado</translation>
    </message>
    <message>
        <source>Open the workshop once imported</source>
        <translation>Abrir el taller una vez importado</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import the workshop</source>
        <translation>Importar el taller</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Este archivo no se puede importar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>A new workshop</source>
        <translation>Un taller nuevo</translation>
    </message>
    <message>
        <source>An update of a workshop already here</source>
        <translation>Una actualización de un taller que ya está aquí</translation>
    </message>
    <message>
        <source>Already here, as the file has it</source>
        <translation>Ya está aquí, tal como lo tiene el archivo</translation>
    </message>
    <message>
        <source>“{title}” ({when})</source>
        <translation>“{title}” ({when})</translation>
    </message>
    <message>
        <source>“{title}”</source>
        <translation>“{title}”</translation>
    </message>
    <message>
        <source>A new collaboration, “{name}”, made by this import</source>
        <translation>Una colaboración nueva, “{name}”, creada por esta importación</translation>
    </message>
    <message>
        <source>“{name}”, already here</source>
        <translation>“{name}”, ya existente</translation>
    </message>
    <message>
        <source>Ctrl+Z does not take an import back. To remove the workshop, select it on the home screen and press Delete: it goes to Deleted workshops, from where it can be restored.</source>
        <translation>Ctrl+Z no deshace una importación. Para quitar el taller, seleccionarlo en la pantalla de inicio y pulsar Delete: pasa a Talleres eliminados, desde donde se puede restaurar.</translation>
    </message>
    <message>
        <source>Ctrl+Z does not take an import back: what is newer in the file replaces the older copy here. Nothing here is removed.</source>
        <translation>Ctrl+Z no deshace una importación: lo más reciente del archivo reemplaza la copia más antigua de aquí. No se quita nada de aquí.</translation>
    </message>
    <message>
        <source>None in the file</source>
        <translation>Ninguno en el archivo</translation>
    </message>
    <message numerus="yes">
        <source>%n matched with partners already here</source>
        <translation>
            <numerusform>%n coincidió con socios que ya están aquí</numerusform>
            <numerusform>%n coincidieron con socios que ya están aquí</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n añadido</numerusform>
            <numerusform>%n añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the file</source>
        <translation>
            <numerusform>%n en el archivo</numerusform>
            <numerusform>%n en el archivo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new here</source>
        <translation>
            <numerusform>%n nuevo aquí</numerusform>
            <numerusform>%n nuevos aquí</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newer in the file, replacing the copy here</source>
        <translation>
            <numerusform>%n más reciente en el archivo, que reemplaza la copia de aquí</numerusform>
            <numerusform>%n más recientes en el archivo, que reemplazan la copia de aquí</numerusform>
        </translation>
    </message>
    <message>
        <source>all here already</source>
        <translation>todos ya están aquí</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted here since, not brought back</source>
        <translation>
            <numerusform>%n eliminado aquí desde entonces, no se recupera</numerusform>
            <numerusform>%n eliminados aquí desde entonces, no se recuperan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n here but not in the file, which stay</source>
        <translation>
            <numerusform>%n aquí pero no en el archivo, que se conserva</numerusform>
            <numerusform>%n aquí pero no en el archivo, que se conservan</numerusform>
        </translation>
    </message>
    <message>
        <source>{audience}: the file holds the whole workshop</source>
        <translation>{audience}: el archivo contiene el taller completo</translation>
    </message>
    <message numerus="yes">
        <source>{audience}: %n item(s) withheld from that audience are not in the file, and roster details not meant for it are blank</source>
        <translation>
            <numerusform>{audience}: %n elemento reservado para ese público no está en el archivo, y los datos de la lista de socios no destinados a él están en blanco</numerusform>
            <numerusform>{audience}: %n elementos reservados para ese público no están en el archivo, y los datos de la lista de socios no destinados a él están en blanco</numerusform>
        </translation>
    </message>
    <message>
        <source>(so it only adds what is missing here; it changes nothing here)</source>
        <translation>(así que solo añade lo que falta aquí; no cambia nada de aquí)</translation>
    </message>
    <message>
        <source>Imported “{title}” into “{collaboration}”.</source>
        <translation>Se importó “{title}” en “{collaboration}”.</translation>
    </message>
</context>
<context>
    <name>IndicatorsPanel</name>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>What it measures</source>
        <translation>Qué mide</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Financiero</translation>
    </message>
    <message>
        <source>Leading or lagging</source>
        <translation>Adelantado o rezagado</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Fuente de datos</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Indicator name, then Enter (fill in the rest later)</source>
        <translation>Nombre del indicador, luego Enter (el resto se completa después)</translation>
    </message>
    <message>
        <source>Partners whose stakeholders need it</source>
        <translation>Socios cuyas partes interesadas lo necesitan</translation>
    </message>
    <message>
        <source>Scores against the criteria</source>
        <translation>Puntuación según los criterios</translation>
    </message>
    <message>
        <source>Whose stakeholders &amp;need it (Space ticks):</source>
        <translation>Lo &amp;necesitan las partes interesadas de (Espacio marca):</translation>
    </message>
    <message>
        <source>&amp;Scored against the criteria:</source>
        <translation>&amp;Puntuación según los criterios:</translation>
    </message>
    <message>
        <source>Selected indicator</source>
        <translation>Indicador seleccionado</translation>
    </message>
    <message>
        <source>Select an indicator in the table to tick who needs it and score it.</source>
        <translation>Seleccionar un indicador en la tabla para marcar quién lo necesita y puntuarlo.</translation>
    </message>
    <message>
        <source>Score: {criterion}</source>
        <translation>Puntuación: {criterion}</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Sin puntuar</translation>
    </message>
    <message>
        <source>This criterion is less open than the indicator, so the indicator is not scored against it (make the criterion as open as the indicator to use it).</source>
        <translation>Este criterio es menos abierto que el indicador, así que el indicador no se puntúa según él (para usarlo, dar al criterio la misma apertura que al indicador).</translation>
    </message>
    <message>
        <source>Change who needs {name!r}</source>
        <translation>Cambiar quién necesita {name!r}</translation>
    </message>
    <message>
        <source>Score {name!r}</source>
        <translation>Puntuar {name!r}</translation>
    </message>
</context>
<context>
    <name>InterdependencyPanel</name>
    <message>
        <source>Who needs it</source>
        <translation>Quién lo necesita</translation>
    </message>
    <message>
        <source>&amp;Partner who needs it:</source>
        <translation>&amp;Socio que lo necesita:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Needed fr&amp;om:</source>
        <translation>Se necesita &amp;de:</translation>
    </message>
    <message>
        <source>Needed from</source>
        <translation>Se necesita de</translation>
    </message>
    <message>
        <source>Promised?</source>
        <translation>¿Prometido?</translation>
    </message>
    <message>
        <source>✔ Promised</source>
        <translation>✔ Prometido</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Aún no</translation>
    </message>
    <message>
        <source>Promised / not yet (Ctrl+Return)</source>
        <translation>Prometido / aún no (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Mark promised</source>
        <translation>Marcar como prometido</translation>
    </message>
    <message>
        <source>Mark not yet promised</source>
        <translation>Marcar como aún no prometido</translation>
    </message>
    <message>
        <source>Select a need in the list first.</source>
        <translation>Primero hay que seleccionar una necesidad de la lista.</translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation>Qué se necesita</translation>
    </message>
    <message>
        <source>What is needed, then Enter</source>
        <translation>Lo que se necesita, luego Enter</translation>
    </message>
    <message>
        <source>Choose who needs it and from whom (Alt+P, Alt+O), type what is needed and press Enter.</source>
        <translation>Elegir quién lo necesita y de quién (Alt+S, Alt+D), escribir lo que se necesita y pulsar Enter.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="vanished">— elegir —</translation>
    </message>
</context>
<context>
    <name>ItemListWidget</name>
    <message>
        <source>What was said</source>
        <translation>Lo que se dijo</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilidad</translation>
    </message>
    <message>
        <source>Capture box</source>
        <translation>Cuadro de captura</translation>
    </message>
    <message>
        <source>Type and press Enter to capture</source>
        <translation>Escribir y pulsar Enter para capturar</translation>
    </message>
    <message>
        <source>Captured items</source>
        <translation>Elementos registrados</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected items (Del)</source>
        <translation>Eliminar los elementos seleccionados (Del)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Subir (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Bajar (Alt+Down)</translation>
    </message>
    <message>
        <source>Group…</source>
        <translation>Agrupar…</translation>
    </message>
    <message>
        <source>Put the selected items in a cluster (Ctrl+G)</source>
        <translation>Poner los elementos seleccionados en un grupo (Ctrl+G)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>The due date {value!r} is not a date; write it as YYYY-MM-DD, for example 2026-12-31.</source>
        <translation>La fecha límite {value!r} no es una fecha; escribirla como AAAA-MM-DD, por ejemplo 2026-12-31.</translation>
    </message>
    <message>
        <source>Capture {text!r}</source>
        <translation>Capturar {text!r}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Eliminar %n elemento</numerusform>
            <numerusform>Eliminar %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>Mover elemento</translation>
    </message>
    <message>
        <source>Group into a cluster</source>
        <translation>Agrupar</translation>
    </message>
    <message>
        <source>Cluster name (leave empty to ungroup):</source>
        <translation>Nombre del grupo (dejar vacío para desagrupar):</translation>
    </message>
    <message>
        <source>Group items</source>
        <translation>Agrupar elementos</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>Edit {what}</source>
        <translation>Editar {what}</translation>
    </message>
</context>
<context>
    <name>JoinCard</name>
    <message>
        <source>Join “{meeting}” from your phone</source>
        <translation>Únase a “{meeting}” desde su teléfono</translation>
    </message>
    <message>
        <source>Code: {code}</source>
        <translation>Código: {code}</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the square, or open the address and type the code. Use the room&apos;s Wi-Fi. No name is asked.</source>
        <translation>Apunte la cámara del teléfono al cuadrado, o abra la dirección y escriba el código. Use el Wi-Fi de la sala. No se pide el nombre.</translation>
    </message>
    <message>
        <source>Join cards: {meeting}</source>
        <translation>Tarjetas de acceso: {meeting}</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>El del sistema ({language})</translation>
    </message>
    <message>
        <source>Same as the app</source>
        <translation>El mismo que la aplicación</translation>
    </message>
    <message>
        <source>App language</source>
        <translation>Idioma de la aplicación</translation>
    </message>
    <message>
        <source>Room and exports language</source>
        <translation>Idioma de la sala y las exportaciones</translation>
    </message>
    <message>
        <source>The window changes to this language when Workshop App is next started.</source>
        <translation>La ventana cambia a este idioma la próxima vez que se inicie Workshop App.</translation>
    </message>
    <message>
        <source>The projector, the phones and every export from now on use this language, so a meeting can be run in another language than the app&apos;s.</source>
        <translation>El proyector, los teléfonos y todas las exportaciones usan este idioma desde ahora, así que una reunión puede hacerse en un idioma distinto del de la aplicación.</translation>
    </message>
    <message>
        <source>&amp;App language:</source>
        <translation>Idioma de la &amp;aplicación:</translation>
    </message>
    <message>
        <source>&amp;Room and exports:</source>
        <translation>&amp;Sala y exportaciones:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Purpose: {text}</source>
        <translation>Propósito: {text}</translation>
    </message>
    <message>
        <source>When to use it: {text}</source>
        <translation>Cuándo usarlo: {text}</translation>
    </message>
    <message>
        <source>Group size: {text}</source>
        <translation>Tamaño del grupo: {text}</translation>
    </message>
    <message>
        <source>Time needed: {time}</source>
        <translation>Tiempo necesario: {time}</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Consejos</translation>
    </message>
    <message>
        <source>Pitfalls</source>
        <translation>Errores frecuentes</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>Hacer copia de seguridad &amp;ahora</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>Copia de seguridad guardada: {path}</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Restoring closes this database and restarts Workshop App. Everything is saved already. Go on?</source>
        <translation>Restaurar cierra esta base de datos y reinicia Workshop App. Todo está guardado. ¿Continuar?</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Base de datos: {path}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Taller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>New &amp;collaboration…</source>
        <translation>Nueva &amp;colaboración…</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nuevo taller…</translation>
    </message>
    <message>
        <source>&amp;Home: all workshops</source>
        <translation>&amp;Inicio: todos los talleres</translation>
    </message>
    <message>
        <source>&amp;Export or print summary…</source>
        <translation>&amp;Exportar o imprimir resumen…</translation>
    </message>
    <message>
        <source>Collaboration &amp;report…</source>
        <translation>In&amp;forme de la colaboración…</translation>
    </message>
    <message>
        <source>Hand&amp;outs for the tables…</source>
        <translation>Im&amp;presos para las mesas…</translation>
    </message>
    <message>
        <source>&amp;Import a workshop…</source>
        <translation>I&amp;mportar un taller…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Search collaborations, workshops and what was said</source>
        <translation>&amp;Buscar colaboraciones, talleres y lo que se dijo</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Actions across meetings…</source>
        <translation>&amp;Acciones entre reuniones…</translation>
    </message>
    <message>
        <source>&amp;Measures between meetings…</source>
        <translation>&amp;Medidas entre reuniones…</translation>
    </message>
    <message>
        <source>Save agenda as &amp;template…</source>
        <translation>Guardar agenda como &amp;plantilla…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>A&amp;pariencia</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;Guide to this exercise</source>
        <translation>&amp;Guía de este ejercicio</translation>
    </message>
    <message>
        <source>&amp;Facilitator guide</source>
        <translation>Guía de &amp;facilitación</translation>
    </message>
    <message>
        <source>&amp;Method library…</source>
        <translation>&amp;Biblioteca de métodos…</translation>
    </message>
    <message>
        <source>&amp;About Workshop App</source>
        <translation>A&amp;cerca de Workshop App</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
</context>
<context>
    <name>MeasurementsEditor</name>
    <message>
        <source>Indicator measured</source>
        <translation>Indicador medido</translation>
    </message>
    <message>
        <source>Where the chosen indicator stands</source>
        <translation>Dónde está el indicador elegido</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Lo que se dijo</translation>
    </message>
    <message>
        <source>The value, then what was said about it (2,010 fewer calls)…</source>
        <translation>El valor, luego lo que se dijo sobre él (2010 llamadas menos)…</translation>
    </message>
    <message>
        <source>New measurement: value, then words</source>
        <translation>Nueva medición: valor, luego palabras</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicador:</translation>
    </message>
    <message>
        <source>Choose the indicator, type its latest value and what was said about it, then Enter. Set the date and source in the list (Tab moves across).</source>
        <translation>Elegir el indicador, escribir su valor más reciente y lo que se dijo sobre él, luego Enter. Indicar la fecha y la fuente en la lista (Tab pasa de una a otra).</translation>
    </message>
    <message>
        <source>No indicator has been proposed or agreed in this collaboration yet.</source>
        <translation>Todavía no se propuso ni se acordó ningún indicador en esta colaboración.</translation>
    </message>
    <message>
        <source>Baseline: {words}</source>
        <translation>Línea de base: {words}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin fijar</translation>
    </message>
    <message>
        <source>Target: {words}</source>
        <translation>Meta: {words}</translation>
    </message>
    <message>
        <source>Latest: {value} on {date}</source>
        <translation>Último: {value} el {date}</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>Not measured yet.</source>
        <translation>Aún sin medir.</translation>
    </message>
    <message>
        <source>(indicator not shown)</source>
        <translation>(indicador no mostrado)</translation>
    </message>
    <message>
        <source>Choose the indicator measured first.</source>
        <translation>Primero hay que elegir el indicador medido.</translation>
    </message>
    <message>
        <source>Start with the measured value, a number such as {whole} or {decimal}.</source>
        <translation>Empezar por el valor medido, un número como {whole} o {decimal}.</translation>
    </message>
    <message>
        <source>A value is a number, such as {whole} or {decimal}.</source>
        <translation>Un valor es un número, como {whole} o {decimal}.</translation>
    </message>
    <message>
        <source>Type the date as year-month-day: 2026-11-20.</source>
        <translation>Escribir la fecha como año-mes-día: 2026-11-20.</translation>
    </message>
    <message>
        <source>Start with the measured value, a number such as 2,010 or 46.5.</source>
        <translation type="vanished">Empezar por el valor medido, un número como 2010 o 46,5.</translation>
    </message>
    <message>
        <source>A value is a number, such as 2,010 or 46.5.</source>
        <translation type="vanished">Un valor es un número, como 2010 o 46,5.</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <source>Every adopted indicator is financial: the set says nothing about what changes for people. Add at least one that is not about money.</source>
        <translation>Todos los indicadores adoptados son financieros: el conjunto no dice nada sobre lo que cambia para la gente. Añadir al menos uno que no trate de dinero.</translation>
    </message>
    <message>
        <source>No adopted indicator is leading: everything looks back. Add one that predicts whether we are on track.</source>
        <translation>Ningún indicador adoptado es adelantado: todo mira hacia atrás. Añadir uno que anticipe si vamos bien encaminados.</translation>
    </message>
    <message>
        <source>those it answers to</source>
        <translation>aquellos ante quienes responde</translation>
    </message>
    <message>
        <source>{partner} has nothing to report to {whom}: no adopted indicator is owned by it or needed by its stakeholders.</source>
        <translation>{partner} no tiene nada que informar a {whom}: ningún indicador adoptado es suyo ni lo necesitan sus partes interesadas.</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Financiero</translation>
    </message>
    <message>
        <source>Leading or lagging</source>
        <translation>Adelantado o rezagado</translation>
    </message>
    <message>
        <source>Not financial</source>
        <translation>No financiero</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Insumo</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Leading</source>
        <translation>Adelantado</translation>
    </message>
    <message>
        <source>Lagging</source>
        <translation>Rezagado</translation>
    </message>
    <message>
        <source>Leading (predicts)</source>
        <translation>Adelantado (anticipa)</translation>
    </message>
    <message>
        <source>Lagging (looks back)</source>
        <translation>Rezagado (mira atrás)</translation>
    </message>
    <message>
        <source>Relevant to our shared vision</source>
        <translation>Pertinente para nuestra visión compartida</translation>
    </message>
    <message>
        <source>Relevant to the facts we agreed</source>
        <translation>Pertinente para los hechos que acordamos</translation>
    </message>
    <message>
        <source>Data obtainable within our timeframe</source>
        <translation>Datos obtenibles dentro de nuestro plazo</translation>
    </message>
    <message>
        <source>Tells us about people&apos;s lived experience</source>
        <translation>Nos dice algo sobre la experiencia vivida de la gente</translation>
    </message>
    <message>
        <source>We have the expertise to collect and analyse it</source>
        <translation>Tenemos los conocimientos para recopilarlo y analizarlo</translation>
    </message>
    <message>
        <source>We have access to the data</source>
        <translation>Tenemos acceso a los datos</translation>
    </message>
    <message>
        <source>We have the resources (time, money, people) to collect it</source>
        <translation>Tenemos los recursos (tiempo, dinero, personas) para recopilarlo</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En parte</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>MeasuresDialog</name>
    <message>
        <source>Measures between meetings — {title}</source>
        <translation>Medidas entre reuniones — {title}</translation>
    </message>
    <message>
        <source>Recorded with the meeting “{meeting}”, where they will be reported; dated today unless you change the date in the list.</source>
        <translation>Se registran con la reunión “{meeting}”, donde se informarán; con la fecha de hoy salvo que se cambie la fecha en la lista.</translation>
    </message>
</context>
<context>
    <name>MethodLibraryDialog</name>
    <message>
        <source>When to use it</source>
        <translation>Cuándo usarlo</translation>
    </message>
    <message>
        <source>Group size</source>
        <translation>Tamaño del grupo</translation>
    </message>
    <message>
        <source>Time needed</source>
        <translation>Tiempo necesario</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Consejos</translation>
    </message>
    <message>
        <source>Pitfalls</source>
        <translation>Errores frecuentes</translation>
    </message>
    <message>
        <source>Method library</source>
        <translation>Biblioteca de métodos</translation>
    </message>
    <message>
        <source>Find a method</source>
        <translation>Buscar un método</translation>
    </message>
    <message>
        <source>Words in its name, purpose or when to use it, for example: trust, data</source>
        <translation>Palabras de su nombre, propósito o cuándo usarlo, por ejemplo: confianza, datos</translation>
    </message>
    <message>
        <source>Methods found</source>
        <translation>Métodos encontrados</translation>
    </message>
    <message>
        <source>{name} ({time})</source>
        <translation>{name} ({time})</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Métodos</translation>
    </message>
    <message>
        <source>About the method</source>
        <translation>Sobre el método</translation>
    </message>
    <message>
        <source>Where the method goes</source>
        <translation>Dónde va el método</translation>
    </message>
    <message>
        <source>&amp;Add to agenda</source>
        <translation>&amp;Añadir a la agenda</translation>
    </message>
    <message>
        <source>Add to agenda</source>
        <translation>Añadir a la agenda</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>All {total} methods; type words to narrow the list.</source>
        <translation>Los {total} métodos; escribir palabras para acotar la lista.</translation>
    </message>
    <message>
        <source>{count} of {total} methods have “{text}” in their name, purpose or when to use them.</source>
        <translation>{count} de {total} métodos tienen “{text}” en su nombre, propósito o cuándo usarlos.</translation>
    </message>
    <message>
        <source>No method matches “{text}”: try fewer or other words.</source>
        <translation>Ningún método coincide con “{text}”: probar con menos palabras o con otras.</translation>
    </message>
    <message>
        <source>Open a workshop to add a method to its agenda.</source>
        <translation>Abrir un taller para añadir un método a su agenda.</translation>
    </message>
    <message>
        <source>Adds it as the first block of “{workshop}”.</source>
        <translation>Lo añade como primer bloque de “{workshop}”.</translation>
    </message>
    <message>
        <source>Adds it after block {n}, “{block}”, of “{workshop}”.</source>
        <translation>Lo añade después del bloque {n}, “{block}”, de “{workshop}”.</translation>
    </message>
    <message>
        <source>Added “{name}” as block {n} of {total}.</source>
        <translation>Se añadió “{name}” como bloque {n} de {total}.</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Mark agreed</source>
        <translation>Marcar acordado</translation>
    </message>
    <message>
        <source>Mark not agreed</source>
        <translation>Marcar no acordado</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— elegir —</translation>
    </message>
    <message>
        <source>Agreed?</source>
        <translation>¿Acordado?</translation>
    </message>
    <message>
        <source>✔ Agreed</source>
        <translation>✔ Acordado</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <source>Partners of {name}</source>
        <translation>Socios de {name}</translation>
    </message>
</context>
<context>
    <name>PartnersEditor</name>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Añadir socio</translation>
    </message>
    <message>
        <source>Add a partner organisation (Ctrl+Return)</source>
        <translation>Añadir una organización socia (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>Quitar socio</translation>
    </message>
    <message>
        <source>Type in a cell to change it (F2 edits what is there); Tab goes to the next cell, Enter to the next row. Organisation and sector are public, the rest is for partners, unless a cell says otherwise: F8 on a cell changes who sees it.</source>
        <translation>Escribir en una celda para cambiarla (F2 edita lo que hay); Tab pasa a la celda siguiente, Enter a la fila siguiente. La organización y el sector son públicos, el resto es para los socios, salvo que una celda diga otra cosa: F8 en una celda cambia quién la ve.</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Nuevo socio</translation>
    </message>
    <message>
        <source>Remove partner {name!r}</source>
        <translation>Quitar el socio {name!r}</translation>
    </message>
</context>
<context>
    <name>PartnersModel</name>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>People present</source>
        <translation>Personas presentes</translation>
    </message>
    <message>
        <source>Brings</source>
        <translation>Aporta</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesita</translation>
    </message>
    <message>
        <source>Answers to</source>
        <translation>Responde ante</translation>
    </message>
    <message>
        <source>{value} (seen by: {who}; F8 changes it)</source>
        <translation>{value} (visible para: {who}; F8 lo cambia)</translation>
    </message>
    <message>
        <source>everyone, public exports too</source>
        <translation>todos, también las exportaciones públicas</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>socios</translation>
    </message>
    <message>
        <source>facilitation team only</source>
        <translation>solo el equipo de facilitación</translation>
    </message>
    <message>
        <source>Who sees {field} of {name}</source>
        <translation>Quién ve {field} de {name}</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>Editar socio</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>A fact checked by the room</source>
        <translation>Un hecho revisado por la sala</translation>
    </message>
    <message>
        <source>A rating from the room</source>
        <translation>Una calificación de la sala</translation>
    </message>
    <message>
        <source>A vote from the room</source>
        <translation>Un voto de la sala</translation>
    </message>
    <message>
        <source>This part of the meeting takes something else; look again.</source>
        <translation>Esta parte de la reunión espera otra cosa; vuelva a mirar.</translation>
    </message>
    <message>
        <source>This part of the meeting takes no input from phones.</source>
        <translation>Esta parte de la reunión no recibe nada desde los teléfonos.</translation>
    </message>
    <message>
        <source>The request is not understood.</source>
        <translation>No se entiende la solicitud.</translation>
    </message>
    <message>
        <source>From the room, shown as it came</source>
        <translation>Desde la sala, mostrado tal como llegó</translation>
    </message>
    <message>
        <source>That question is no longer asked; look at the screen.</source>
        <translation>Esa pregunta ya no está abierta; mire la pantalla.</translation>
    </message>
    <message>
        <source>You have placed all your dots; take one back from another first.</source>
        <translation>Ya colocó todos sus puntos; primero retire uno de otra opción.</translation>
    </message>
    <message>
        <source>Park it for later</source>
        <translation>Dejarlo para después</translation>
    </message>
    <message>
        <source>The facilitator&apos;s computer is busy; try again.</source>
        <translation>La computadora de quien facilita está ocupada; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>That organisation is not at the table; choose again.</source>
        <translation>Esa organización no está en la mesa; elija de nuevo.</translation>
    </message>
    <message>
        <source>Join the meeting first (the code is on the screen).</source>
        <translation>Primero únase a la reunión (el código está en la pantalla).</translation>
    </message>
    <message>
        <source>Too many wrong codes. Wait a minute, then try again.</source>
        <translation>Demasiados códigos incorrectos. Espere un minuto y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This meeting is not open to the room now.</source>
        <translation>Esta reunión no está abierta a la sala en este momento.</translation>
    </message>
    <message>
        <source>That code is not right. Check the code on the screen.</source>
        <translation>Ese código no es correcto. Revise el código en la pantalla.</translation>
    </message>
    <message>
        <source>That is a lot at once. Wait a moment, then send again.</source>
        <translation>Es mucho a la vez. Espere un momento y vuelva a enviar.</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Primero escriba algo.</translation>
    </message>
    <message>
        <source>Please keep it under {limit} characters.</source>
        <translation>Por favor, use menos de {limit} caracteres.</translation>
    </message>
    <message>
        <source>Some characters could not be read. Retype them.</source>
        <translation>Algunos caracteres no se pudieron leer. Vuelva a escribirlos.</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Aquí no hay nada.</translation>
    </message>
    <message>
        <source>Something went wrong; try again.</source>
        <translation>Algo salió mal; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>That is too long to send.</source>
        <translation>Es demasiado largo para enviarlo.</translation>
    </message>
    <message>
        <source>Too many connections from this phone; close other tabs.</source>
        <translation>Demasiadas conexiones desde este teléfono; cierre las otras pestañas.</translation>
    </message>
    <message>
        <source>Your idea</source>
        <translation>Su idea</translation>
    </message>
    <message>
        <source>Idea or comment</source>
        <translation>Idea o comentario</translation>
    </message>
    <message>
        <source>Your vote on each option</source>
        <translation>Su voto en cada opción</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Voto</translation>
    </message>
    <message>
        <source>5 – fully for it</source>
        <translation>5 – totalmente a favor</translation>
    </message>
    <message>
        <source>3 – can live with it</source>
        <translation>3 – puedo aceptarlo</translation>
    </message>
    <message>
        <source>Fist – block</source>
        <translation>Puño – bloqueo</translation>
    </message>
    <message>
        <source>Love it</source>
        <translation>Me encanta</translation>
    </message>
    <message>
        <source>Like it</source>
        <translation>Me gusta</translation>
    </message>
    <message>
        <source>Can live with it</source>
        <translation>Puedo aceptarlo</translation>
    </message>
    <message>
        <source>Lament it</source>
        <translation>Lo lamento</translation>
    </message>
    <message>
        <source>Loathe it</source>
        <translation>Lo detesto</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>0 dots</source>
        <translation>0 puntos</translation>
    </message>
    <message>
        <source>1 dot</source>
        <translation>1 punto</translation>
    </message>
    <message>
        <source>What you take away</source>
        <translation>Lo que se lleva</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>How far do you agree?</source>
        <translation>¿Cuánto está de acuerdo?</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>1 not at all</source>
        <translation>1 nada</translation>
    </message>
    <message>
        <source>5 completely</source>
        <translation>5 totalmente</translation>
    </message>
    <message>
        <source>Your hope or concern</source>
        <translation>Su esperanza o preocupación</translation>
    </message>
    <message>
        <source>Hope</source>
        <translation>Esperanza</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Preocupación</translation>
    </message>
    <message>
        <source>What success looks like to you</source>
        <translation>Cómo se ve el éxito para usted</translation>
    </message>
    <message>
        <source>Vision statement</source>
        <translation>Frase de visión</translation>
    </message>
    <message>
        <source>What your organisation needs from another</source>
        <translation>Lo que su organización necesita de otra</translation>
    </message>
    <message>
        <source>A need</source>
        <translation>Una necesidad</translation>
    </message>
    <message>
        <source>Something your organisation can bring, or that we still need</source>
        <translation>Algo que su organización puede aportar, o que todavía nos falta</translation>
    </message>
    <message>
        <source>A resource</source>
        <translation>Un recurso</translation>
    </message>
    <message>
        <source>Who else is affected, or missing from this table?</source>
        <translation>¿A quién más afecta, o quién falta en esta mesa?</translation>
    </message>
    <message>
        <source>A stakeholder</source>
        <translation>Una parte interesada</translation>
    </message>
    <message>
        <source>A decision the partnership will have to make</source>
        <translation>Una decisión que la alianza tendrá que tomar</translation>
    </message>
    <message>
        <source>A decision</source>
        <translation>Una decisión</translation>
    </message>
    <message>
        <source>How should we work together? A proposal</source>
        <translation>¿Cómo deberíamos trabajar juntos? Una propuesta</translation>
    </message>
    <message>
        <source>A governance point</source>
        <translation>Un punto de gobernanza</translation>
    </message>
    <message>
        <source>How the issue looks from where you sit</source>
        <translation>Cómo se ve el problema desde su lugar</translation>
    </message>
    <message>
        <source>A view</source>
        <translation>Un punto de vista</translation>
    </message>
    <message>
        <source>A part of the issue we should look at</source>
        <translation>Una parte del problema que deberíamos examinar</translation>
    </message>
    <message>
        <source>Part of the issue</source>
        <translation>Parte del problema</translation>
    </message>
    <message>
        <source>What your organisation needs from this</source>
        <translation>Lo que su organización necesita de esto</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>A fact we should all know (and its source)</source>
        <translation>Un hecho que todos deberíamos conocer (y su fuente)</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Is each fact agreed, disputed, or does it need data?</source>
        <translation>¿Cada hecho está acordado, en disputa o faltan datos?</translation>
    </message>
    <message>
        <source>Fact check</source>
        <translation>Revisión de hechos</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Acordado</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>En disputa</translation>
    </message>
    <message>
        <source>Needs data</source>
        <translation>Faltan datos</translation>
    </message>
    <message>
        <source>What makes a good measure for us</source>
        <translation>Qué hace que una medida sea buena para nosotros</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Something we could measure</source>
        <translation>Algo que podríamos medir</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Your vote on each indicator</source>
        <translation>Su voto sobre cada indicador</translation>
    </message>
    <message>
        <source>A question the evaluation should answer</source>
        <translation>Una pregunta que la evaluación debería responder</translation>
    </message>
    <message>
        <source>Evaluation question</source>
        <translation>Pregunta de evaluación</translation>
    </message>
</context>
<context>
    <name>PhoneController</name>
    <message>
        <source>Phones in the room</source>
        <translation>Teléfonos en la sala</translation>
    </message>
    <message>
        <source>&amp;Phones in the room</source>
        <translation>&amp;Teléfonos en la sala</translation>
    </message>
    <message>
        <source>Open to the room&apos;s phones</source>
        <translation>Abrir a los teléfonos de la sala</translation>
    </message>
    <message>
        <source>New join code (everyone joins again)</source>
        <translation>Nuevo código de acceso (todos se unen de nuevo)</translation>
    </message>
    <message>
        <source>Save join cards to print…</source>
        <translation>Guardar tarjetas de acceso para imprimir…</translation>
    </message>
    <message>
        <source>Show what phones send on the projector as it arrives (this block)</source>
        <translation>Mostrar en el proyector lo que envían los teléfonos a medida que llega (este bloque)</translation>
    </message>
    <message>
        <source>Go to “From the room”</source>
        <translation>Ir a “Desde la sala”</translation>
    </message>
    <message>
        <source>Open a workshop first: phones join a meeting.</source>
        <translation>Primero hay que abrir un taller: los teléfonos se unen a una reunión.</translation>
    </message>
    <message>
        <source>The room could not be opened to phones: this computer refused a network port ({reason}). Check that no firewall blocks Workshop App.</source>
        <translation>No se pudo abrir la sala a los teléfonos: esta computadora rechazó un puerto de red ({reason}). Comprobar que ningún cortafuegos bloquee Workshop App.</translation>
    </message>
    <message>
        <source>New join code {code}: phones must join again.</source>
        <translation>Nuevo código de acceso {code}: los teléfonos deben unirse de nuevo.</translation>
    </message>
    <message>
        <source>This part takes no ideas from phones.</source>
        <translation>Esta parte no recibe ideas desde teléfonos.</translation>
    </message>
    <message>
        <source>Show ideas from phones as they arrive</source>
        <translation>Mostrar las ideas de los teléfonos a medida que llegan</translation>
    </message>
    <message>
        <source>Ideas from phones wait for you again</source>
        <translation>Las ideas de los teléfonos vuelven a esperar la revisión</translation>
    </message>
    <message>
        <source>What phones send now shows on the projector at once; delete what should not stay (Ctrl+Shift+L to decide each one again).</source>
        <translation>Lo que envían los teléfonos aparece ahora de inmediato en el proyector; eliminar lo que no deba quedar (Ctrl+Shift+L para volver a decidir cada uno).</translation>
    </message>
    <message>
        <source>What phones send waits in “From the room” for you again.</source>
        <translation>Lo que envían los teléfonos vuelve a esperar en “Desde la sala”.</translation>
    </message>
    <message>
        <source>The meeting is not open to phones (Ctrl+Shift+O opens it).</source>
        <translation>La reunión no está abierta a los teléfonos (Ctrl+Shift+O la abre).</translation>
    </message>
    <message>
        <source>Nothing from the room is waiting.</source>
        <translation>No hay nada de la sala en espera.</translation>
    </message>
    <message>
        <source>Save join cards</source>
        <translation>Guardar tarjetas de acceso</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The join cards could not be saved to {path}: {reason}.</source>
        <translation>No se pudieron guardar las tarjetas de acceso en {path}: {reason}.</translation>
    </message>
    <message>
        <source>Join cards saved to {path}.</source>
        <translation>Tarjetas de acceso guardadas en {path}.</translation>
    </message>
    <message>
        <source>Closed to phones (Ctrl+Shift+O opens the meeting to them).</source>
        <translation>Cerrada a los teléfonos (Ctrl+Shift+O abre la reunión a ellos).</translation>
    </message>
    <message numerus="yes">
        <source>OPEN TO PHONES: {address} · code {code} · %n phone(s) joined.</source>
        <translation>
            <numerusform>ABIERTA A TELÉFONOS: {address} · código {code} · %n teléfono conectado.</numerusform>
            <numerusform>ABIERTA A TELÉFONOS: {address} · código {code} · %n teléfonos conectados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ideas show on the projector as they arrive (Ctrl+Shift+L).</source>
        <translation>Las ideas aparecen en el proyector a medida que llegan (Ctrl+Shift+L).</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>Join the meeting</source>
        <translation>Unirse a la reunión</translation>
    </message>
    <message>
        <source>Type the code shown on the screen at the front of the room.</source>
        <translation>Escriba el código que aparece en la pantalla al frente de la sala.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <source>No name is asked and none is kept. What you send is read by the facilitator before anyone else sees it.</source>
        <translation>No se pide ni se guarda ningún nombre. Quien facilita lee lo que usted envía antes de que nadie más lo vea.</translation>
    </message>
    <message>
        <source>This is a…</source>
        <translation>Esto es…</translation>
    </message>
    <message>
        <source>Your idea</source>
        <translation>Su idea</translation>
    </message>
    <message>
        <source>What you send shows on the screen at once, without your name.</source>
        <translation>Lo que envíe aparece de inmediato en la pantalla, sin su nombre.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Park it for later</source>
        <translation>Dejarlo para después</translation>
    </message>
    <message>
        <source>Which organisation are you with? (optional)</source>
        <translation>¿De qué organización es usted? (opcional)</translation>
    </message>
    <message>
        <source>I would rather not say</source>
        <translation>Prefiero no decirlo</translation>
    </message>
    <message>
        <source>Only so a vote can show when one sector disagrees. It is not kept with your answers.</source>
        <translation>Solo para que una votación pueda mostrar cuándo un sector está en desacuerdo. No se guarda con sus respuestas.</translation>
    </message>
    <message>
        <source>Watch the screen: nothing to send from phones in this part.</source>
        <translation>Mire la pantalla: en esta parte no hay nada que enviar desde los teléfonos.</translation>
    </message>
    <message>
        <source>You sent</source>
        <translation>Usted envió</translation>
    </message>
    <message>
        <source>Type the code shown on the screen.</source>
        <translation>Escriba el código que aparece en la pantalla.</translation>
    </message>
    <message>
        <source>Could not join. Try again.</source>
        <translation>No se pudo unir. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Cannot reach the meeting. Are you on the room&apos;s Wi-Fi?</source>
        <translation>No se puede llegar a la reunión. ¿Está conectado al Wi-Fi de la sala?</translation>
    </message>
    <message>
        <source>Connection lost: reconnecting…</source>
        <translation>Se perdió la conexión: reconectando…</translation>
    </message>
    <message>
        <source>The meeting has a new code, or it has closed. Join again.</source>
        <translation>La reunión tiene un código nuevo, o se cerró. Únase de nuevo.</translation>
    </message>
    <message>
        <source>The meeting is not open to phones now.</source>
        <translation>La reunión no está abierta a los teléfonos en este momento.</translation>
    </message>
    <message>
        <source>The meeting will start in a moment.</source>
        <translation>La reunión empezará en un momento.</translation>
    </message>
    <message>
        <source>Dots to place: {size} · left: {left}</source>
        <translation>Puntos para colocar: {size} · quedan: {left}</translation>
    </message>
    <message>
        <source>Received: {what}</source>
        <translation>Recibido: {what}</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>No contado</translation>
    </message>
    <message>
        <source>Still: {what}</source>
        <translation>Sigue: {what}</translation>
    </message>
    <message>
        <source>Could not send that.</source>
        <translation>No se pudo enviar.</translation>
    </message>
    <message>
        <source>Not sent: tap again when the connection is back</source>
        <translation>No enviado: toque de nuevo cuando vuelva la conexión</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Primero escriba algo.</translation>
    </message>
    <message>
        <source>For later: {text}</source>
        <translation>Para después: {text}</translation>
    </message>
    <message>
        <source>Waiting to send again…</source>
        <translation>Esperando para enviar de nuevo…</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Not sent yet: will send when the connection is back</source>
        <translation>Aún no enviado: se enviará cuando vuelva la conexión</translation>
    </message>
    <message>
        <source>{n} characters left</source>
        <translation>Quedan {n} caracteres</translation>
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
        <translation>Plan de la reunión</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>Planned length in minutes</source>
        <translation>Duración prevista en minutos</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin previsto</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Empieza a las:</translation>
    </message>
    <message>
        <source>Planned &amp;length:</source>
        <translation>&amp;Duración prevista:</translation>
    </message>
    <message>
        <source>Planned end {end} ({length}). The agenda&apos;s blocks take {agenda}.</source>
        <translation>Fin previsto {end} ({length}). Los bloques de la agenda ocupan {agenda}.</translation>
    </message>
</context>
<context>
    <name>PlanLine</name>
    <message>
        <source>Meeting plan</source>
        <translation>Plan de la reunión</translation>
    </message>
    <message>
        <source>Agenda {agenda}. No planned end yet: Workshop → Meeting plan… ({keys}) sets one.</source>
        <translation>Agenda {agenda}. Aún sin fin previsto: Taller → Plan de la reunión… ({keys}) lo fija.</translation>
    </message>
    <message>
        <source>Shorten or remove a block, or re-plan the rest ({keys}).</source>
        <translation>Acortar o quitar un bloque, o replanificar el resto ({keys}).</translation>
    </message>
</context>
<context>
    <name>PlatformLibraries</name>
    <message>
        <source>Workshop App cannot open its window: this computer lacks libraries that Qt needs to draw on the desktop ({libraries}). Install them, then start Workshop App again:
  Debian, Ubuntu:  sudo apt install {debian}
  Fedora:          sudo dnf install {fedora}</source>
        <translation>Workshop App no puede abrir su ventana: a esta computadora le faltan bibliotecas que Qt necesita para dibujar en el escritorio ({libraries}). Instalarlas y luego volver a iniciar Workshop App:
  Debian, Ubuntu:  sudo apt install {debian}
  Fedora:          sudo dnf install {fedora}</translation>
    </message>
    <message>
        <source>Workshop App cannot open its window: no desktop was found (DISPLAY and WAYLAND_DISPLAY are not set). Start it from a desktop session; the commands export and render work without one.</source>
        <translation>Workshop App no puede abrir su ventana: no se encontró ningún escritorio (DISPLAY y WAYLAND_DISPLAY no están definidas). Iniciarla desde una sesión de escritorio; los comandos export y render funcionan sin ella.</translation>
    </message>
    <message>
        <source>Workshop App cannot open its window: the display {display} cannot be reached. Start it from a desktop session; the commands export and render work without one.</source>
        <translation>Workshop App no puede abrir su ventana: no se puede acceder a la pantalla {display}. Iniciarla desde una sesión de escritorio; los comandos export y render funcionan sin ella.</translation>
    </message>
</context>
<context>
    <name>PositionsPanel</name>
    <message>
        <source>Interest behind it</source>
        <translation>Interés detrás</translation>
    </message>
    <message>
        <source>Interest behind it: why does it matter?</source>
        <translation>Interés detrás: ¿por qué importa?</translation>
    </message>
    <message>
        <source>Stated by (never shown)</source>
        <translation>Planteada por (nunca se muestra)</translation>
    </message>
    <message>
        <source>Stated &amp;by:</source>
        <translation>Planteada &amp;por:</translation>
    </message>
    <message>
        <source>Who stated the position (never shown)</source>
        <translation>Quién planteó la posición (nunca se muestra)</translation>
    </message>
    <message>
        <source>Nobody named</source>
        <translation>Nadie nombrado</translation>
    </message>
    <message>
        <source>Stated position</source>
        <translation>Posición planteada</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Stated position (Tab: the interest behind it), then Enter</source>
        <translation>Posición planteada (Tab: el interés detrás), luego Enter</translation>
    </message>
    <message>
        <source>The room sees the interests only: never the positions, never who stated them.</source>
        <translation>La sala solo ve los intereses: nunca las posiciones, nunca quién las planteó.</translation>
    </message>
</context>
<context>
    <name>ProtocolPanel</name>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Socio:</translation>
    </message>
    <message>
        <source>Records requests</source>
        <translation>Solicitudes de registros</translation>
    </message>
    <message>
        <source>How we warn each other</source>
        <translation>Cómo nos avisamos</translation>
    </message>
    <message>
        <source>Review time</source>
        <translation>Tiempo de revisión</translation>
    </message>
    <message>
        <source>Media enquiries</source>
        <translation>Consultas de los medios</translation>
    </message>
    <message>
        <source>Who answers the media? Then Enter</source>
        <translation>¿Quién responde a los medios? Luego Enter</translation>
    </message>
    <message>
        <source>Choose the partner (Alt+P), type who answers the media, then Tab for records requests, how you warn each other and the review time; Enter. The next partner without a contact is chosen for you.</source>
        <translation>Elegir el socio (Alt+S), escribir quién responde a los medios y luego Tab para las solicitudes de registros, cómo se avisan y el tiempo de revisión; Enter. Después se elige el siguiente socio sin contacto.</translation>
    </message>
    <message>
        <source>Partners without contacts</source>
        <translation>Socios sin contactos</translation>
    </message>
    <message>
        <source>Every partner has a contact.</source>
        <translation>Todos los socios tienen un contacto.</translation>
    </message>
    <message>
        <source>Still without a contact: {names}</source>
        <translation>Todavía sin contacto: {names}</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="vanished">— elegir —</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Internal (never shown)</source>
        <translation>Interno (nunca se muestra)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Due YYYY-MM-DD</source>
        <translation>Vence AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Nobody below a level</source>
        <translation>Nadie por debajo de un nivel</translation>
    </message>
    <message>
        <source>A share at a level or above</source>
        <translation>Una proporción en un nivel o superior</translation>
    </message>
    <message>
        <source>Most dots: the top N</source>
        <translation>Más puntos: los N primeros</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{name} ya existe en {folder}. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>Import a workshop</source>
        <translation>Importar un taller</translation>
    </message>
    <message>
        <source>Workshop files (*.json);;All files (*)</source>
        <translation>Archivos de taller (*.json);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ReplanDialog</name>
    <message>
        <source>Re-plan the rest</source>
        <translation>Replanificar el resto</translation>
    </message>
    <message>
        <source>What re-planning does</source>
        <translation>Qué hace replanificar</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <source>Timebox now</source>
        <translation>Tiempo actual</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <source>{new} ({saved} shorter)</source>
        <translation>{new} ({saved} menos)</translation>
    </message>
    <message>
        <source>{new} (unchanged)</source>
        <translation>{new} (sin cambios)</translation>
    </message>
    <message>
        <source>Proposed timeboxes for the blocks left</source>
        <translation>Tiempos propuestos para los bloques restantes</translation>
    </message>
    <message>
        <source>&amp;Apply the new timeboxes</source>
        <translation>&amp;Aplicar los nuevos tiempos</translation>
    </message>
    <message>
        <source>This is the last block: there is nothing left to re-plan.</source>
        <translation>Este es el último bloque: no queda nada por replanificar.</translation>
    </message>
    <message>
        <source>The meeting runs {over} over, but every block left is already at its shortest ({floor} min): remove a block to win time.</source>
        <translation>La reunión se excede en {over}, pero todos los bloques restantes ya están en su mínimo ({floor} min): quitar un bloque para ganar tiempo.</translation>
    </message>
    <message>
        <source>Nothing to re-plan: the blocks left fit the time planned.</source>
        <translation>Nada que replanificar: los bloques restantes caben en el tiempo previsto.</translation>
    </message>
    <message>
        <source>past its planned end ({end})</source>
        <translation>más allá de su fin previsto ({end})</translation>
    </message>
    <message>
        <source>past the time planned</source>
        <translation>más allá del tiempo previsto</translation>
    </message>
    <message>
        <source>The meeting runs {over} {when}. Shortening the blocks left in proportion, none under {floor} min:</source>
        <translation>La reunión va {over} {when}. Al acortar los bloques restantes en proporción, ninguno por debajo de {floor} min:</translation>
    </message>
    <message>
        <source>it would still run {late} over; remove a block to win the rest.</source>
        <translation>aun así se excedería en {late}; quitar un bloque para ganar el resto.</translation>
    </message>
    <message>
        <source>it ends on time. Ctrl+Z undoes it.</source>
        <translation>termina a tiempo. Ctrl+Z lo deshace.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>adopted</source>
        <translation>adoptado</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>descartado</translation>
    </message>
    <message>
        <source>proposed, not yet decided</source>
        <translation>propuesto, aún sin decidir</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Last discussed</source>
        <translation>Tratado por última vez</translation>
    </message>
    <message>
        <source>Measures of success and their status</source>
        <translation>Medidas de éxito y su estado</translation>
    </message>
    <message>
        <source>{adopted} of {total} proposed indicators adopted.</source>
        <translation>{adopted} de {total} indicadores propuestos adoptados.</translation>
    </message>
    <message>
        <source>No indicators proposed yet.</source>
        <translation>Todavía no se propusieron indicadores.</translation>
    </message>
    <message>
        <source>leading</source>
        <translation>adelantado</translation>
    </message>
    <message>
        <source>lagging</source>
        <translation>rezagado</translation>
    </message>
    <message>
        <source>baseline {v}</source>
        <translation>línea de base {v}</translation>
    </message>
    <message>
        <source>target {v}</source>
        <translation>meta {v}</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>aún sin medir</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Medido</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Measures tracked over time</source>
        <translation>Medidas a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>No measurements recorded yet.</source>
        <translation>Todavía no se registraron mediciones.</translation>
    </message>
    <message>
        <source>Trust over time</source>
        <translation>Confianza a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>Average rating per statement (1 = not at all, 5 = completely), meeting by meeting.</source>
        <translation>Calificación promedio por afirmación (1 = nada, 5 = totalmente), reunión por reunión.</translation>
    </message>
    <message>
        <source>Trust across our meetings (average, 1–5)</source>
        <translation>Confianza a lo largo de nuestras reuniones (promedio, 1–5)</translation>
    </message>
    <message>
        <source>No trust check-in results to show yet.</source>
        <translation>Todavía no hay resultados del sondeo de confianza para mostrar.</translation>
    </message>
    <message>
        <source>Withheld: the ratings of {n} meeting(s) are not for this audience and are left out.</source>
        <translation>Reservado: las calificaciones de {n} reunión(es) no son para este público y se omiten.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>{name}: collaboration report</source>
        <translation>{name}: informe de la colaboración</translation>
    </message>
    <message>
        <source>Meetings covered: {n}</source>
        <translation>Reuniones incluidas: {n}</translation>
    </message>
    <message>
        <source>Report date: {date}</source>
        <translation>Fecha del informe: {date}</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>No meetings yet.</source>
        <translation>Todavía no hay reuniones.</translation>
    </message>
    <message>
        <source>Answers to</source>
        <translation>Responde ante</translation>
    </message>
    <message>
        <source>Agreed at</source>
        <translation>Acordada en</translation>
    </message>
    <message>
        <source>{n} open action items are past their due date.</source>
        <translation>{n} acciones abiertas ya pasaron su fecha límite.</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Acciones abiertas</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>No open action items.</source>
        <translation>No hay acciones abiertas.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Collaboration report — {name}</source>
        <translation>Informe de la colaboración — {name}</translation>
    </message>
    <message>
        <source>Whom the report is for</source>
        <translation>Para quién es el informe</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato de archivo</translation>
    </message>
    <message>
        <source>The report as the chosen audience reads it</source>
        <translation>El informe tal como lo lee el público elegido</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>Save the collaboration report</source>
        <translation>Guardar el informe de la colaboración</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>No se guardó: {message}</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML (self-contained web page)</source>
        <translation>HTML (página web autónoma)</translation>
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
        <translation>Tablas CSV</translation>
    </message>
    <message>
        <source>JSON (whole workshop, for import)</source>
        <translation>JSON (taller completo, para importar)</translation>
    </message>
</context>
<context>
    <name>Resources</name>
    <message>
        <source>Money</source>
        <translation>Dinero</translation>
    </message>
    <message>
        <source>Staff time</source>
        <translation>Tiempo de personal</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Instalaciones</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relaciones</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>ResourcesPanel</name>
    <message>
        <source>Brought by</source>
        <translation>Aportado por</translation>
    </message>
    <message>
        <source>Brought &amp;by:</source>
        <translation>Aportado &amp;por:</translation>
    </message>
    <message>
        <source>— nobody yet: we need it —</source>
        <translation>— nadie aún: lo necesitamos —</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Kind of resource (t&amp;ype):</source>
        <translation>Tipo de &amp;recurso:</translation>
    </message>
    <message>
        <source>Kind of resource</source>
        <translation>Tipo de recurso</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Gap?</source>
        <translation>¿Vacío?</translation>
    </message>
    <message>
        <source>What it brings (or what we need), then Enter</source>
        <translation>Lo que aporta (o lo que necesitamos), luego Enter</translation>
    </message>
    <message>
        <source>Choose who brings it (Alt+B; “nobody yet” for a need) and its kind (Alt+Y), type it and press Enter. When a partner takes on a need, choose it in the “Brought by” column.</source>
        <translation>Elegir quién lo aporta (Alt+P; “nadie aún” para una necesidad) y su tipo (Alt+R), escribirlo y pulsar Enter. Cuando un socio asume una necesidad, elegirlo en la columna “Aportado por”.</translation>
    </message>
    <message>
        <source>Needs nobody brings yet</source>
        <translation>Necesidades que nadie aporta aún</translation>
    </message>
    <message>
        <source>Needed: nobody yet</source>
        <translation>Se necesita: nadie aún</translation>
    </message>
    <message>
        <source>No gaps named yet.</source>
        <translation>Aún no se nombraron vacíos.</translation>
    </message>
    <message>
        <source>Needed, nobody brings yet: {gaps}</source>
        <translation>Se necesita, nadie lo aporta aún: {gaps}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>{problem}

Choose a backup to restore. The damaged file is kept beside it under a new name.</source>
        <translation>{problem}

Elegir una copia de seguridad para restaurar. El archivo dañado se conserva a su lado con otro nombre.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The current database is kept beside it under a new name, so nothing is thrown away.</source>
        <translation>Elegir la copia de seguridad a la que volver. La base de datos actual se conserva a su lado con otro nombre, así que no se pierde nada.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, la más reciente primero</translation>
    </message>
    <message>
        <source>Restore status</source>
        <translation>Estado de la restauración</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurar esta copia de seguridad</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restaurar la copia de seguridad seleccionada</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>En buen estado</translation>
    </message>
    <message>
        <source>Damaged: cannot be restored</source>
        <translation>Dañada: no se puede restaurar</translation>
    </message>
    <message>
        <source>There is no sound backup of this database yet.</source>
        <translation>Todavía no hay ninguna copia de seguridad en buen estado de esta base de datos.</translation>
    </message>
    <message>
        <source>Choose a backup first.</source>
        <translation>Primero hay que elegir una copia de seguridad.</translation>
    </message>
    <message>
        <source>That backup is damaged; choose a sound one.</source>
        <translation>Esa copia de seguridad está dañada; elegir una en buen estado.</translation>
    </message>
    <message>
        <source>Restoring the backup from {when}…</source>
        <translation>Restaurando la copia de seguridad de {when}…</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>No indicator has been adopted yet (or the votes are still hidden).</source>
        <translation>Todavía no se adoptó ningún indicador (o los votos siguen ocultos).</translation>
    </message>
    <message>
        <source>The adopted indicators ({n})</source>
        <translation>Los indicadores adoptados ({n})</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Atención</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Equilibrado</translation>
    </message>
    <message>
        <source>The set mixes financial and other measures, has a leading indicator, and gives every partner something to report.</source>
        <translation>El conjunto combina medidas financieras y de otro tipo, tiene un indicador adelantado y da a cada socio algo que informar.</translation>
    </message>
    <message>
        <source>Adopted indicators</source>
        <translation>Indicadores adoptados</translation>
    </message>
    <message>
        <source>Nothing captured yet.</source>
        <translation>Todavía no se registró nada.</translation>
    </message>
    <message>
        <source>The latest {shown} of {total} points; the summary has them all.</source>
        <translation>Los últimos {shown} de {total} puntos; el resumen los tiene todos.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Media enquiries</source>
        <translation>Consultas de los medios</translation>
    </message>
    <message>
        <source>Records requests</source>
        <translation>Solicitudes de registros</translation>
    </message>
    <message>
        <source>How we warn each other</source>
        <translation>Cómo nos avisamos</translation>
    </message>
    <message>
        <source>Review time</source>
        <translation>Tiempo de revisión</translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation>Todavía no hay contactos.</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Todavía faltan</translation>
    </message>
    <message>
        <source>No commitments yet.</source>
        <translation>Todavía no hay compromisos.</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Compartido por</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilidad</translation>
    </message>
    <message>
        <source>Partnership history to watch</source>
        <translation>Historia de la alianza a vigilar</translation>
    </message>
    <message>
        <source>✔ Agreed</source>
        <translation>✔ Acordado</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Aún no</translation>
    </message>
    <message>
        <source>{n} questions for the evaluation; {agreed} agreed.</source>
        <translation>{n} preguntas para la evaluación; {agreed} acordadas.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Para quién</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Para cuándo</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Agreed?</source>
        <translation>¿Acordada?</translation>
    </message>
    <message>
        <source>What must our evaluation tell us, and whom?</source>
        <translation>¿Qué debe decirnos nuestra evaluación, y a quién?</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Preguntas abiertas</translation>
    </message>
    <message>
        <source>No facts captured yet.</source>
        <translation>Todavía no se registraron hechos.</translation>
    </message>
    <message>
        <source>✔ Read back</source>
        <translation>✔ Releído</translation>
    </message>
    <message>
        <source>To read back</source>
        <translation>Por releer</translation>
    </message>
    <message>
        <source>{text} (open question)</source>
        <translation>{text} (pregunta abierta)</translation>
    </message>
    <message>
        <source>Read back so far: {done} of {total}.</source>
        <translation>Releídos hasta ahora: {done} de {total}.</translation>
    </message>
    <message>
        <source>No decisions or action items recorded today yet.</source>
        <translation>Todavía no se registraron decisiones ni acciones hoy.</translation>
    </message>
    <message>
        <source>Decisions today ({n})</source>
        <translation>Decisiones de hoy ({n})</translation>
    </message>
    <message>
        <source>Read back</source>
        <translation>Releído</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Action items ({n})</source>
        <translation>Acciones ({n})</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>sin responsable aún</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>sin fecha aún</translation>
    </message>
    <message>
        <source>Noted at the wrap-up</source>
        <translation>Anotado en el cierre</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <source>{agreed} of {n} points agreed.</source>
        <translation>{agreed} de {n} puntos acordados.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>What we said</source>
        <translation>Lo que dijimos</translation>
    </message>
    <message>
        <source>Not yet discussed</source>
        <translation>Aún sin tratar</translation>
    </message>
    <message>
        <source>How will we govern ourselves, and who manages the work?</source>
        <translation>¿Cómo nos gobernaremos y quién coordina el trabajo?</translation>
    </message>
    <message>
        <source>✔ Agreed: {text}</source>
        <translation>✔ Acordado: {text}</translation>
    </message>
    <message>
        <source>Proposed: {text}</source>
        <translation>Propuesto: {text}</translation>
    </message>
    <message>
        <source>Hopes</source>
        <translation>Esperanzas</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Preocupaciones</translation>
    </message>
    <message>
        <source>Working agreements ({agreed} of {n} agreed)</source>
        <translation>Acuerdos de trabajo ({agreed} de {n} acordados)</translation>
    </message>
    <message>
        <source>There are no indicators to vote on yet.</source>
        <translation>Todavía no hay indicadores para votar.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Votes per indicator</source>
        <translation>Votos por indicador</translation>
    </message>
    <message>
        <source>Vote: {method}. Decision rule, set before the vote: {rule}</source>
        <translation>Votación: {method}. Regla de decisión, fijada antes de votar: {rule}</translation>
    </message>
    <message>
        <source>Results hidden</source>
        <translation>Resultados ocultos</translation>
    </message>
    <message>
        <source>The votes are not shown until the facilitator reveals them.</source>
        <translation>Los votos no se muestran hasta que la facilitación los revele.</translation>
    </message>
    <message>
        <source>Votes from phones: {phones}; by hand: {hands}.</source>
        <translation>Votos desde teléfonos: {phones}; a mano: {hands}.</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Desacuerdo</translation>
    </message>
    <message>
        <source>No indicators proposed yet.</source>
        <translation>Todavía no se propusieron indicadores.</translation>
    </message>
    <message>
        <source>What it measures</source>
        <translation>Qué mide</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Leading or lagging</source>
        <translation>Adelantado o rezagado</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>{needs} needs {n} from {gives}</source>
        <translation>{needs} necesita {n} de {gives}</translation>
    </message>
    <message>
        <source>Who needs what from whom (number of needs)</source>
        <translation>Quién necesita qué de quién (número de necesidades)</translation>
    </message>
    <message>
        <source>needs…</source>
        <translation>necesita…</translation>
    </message>
    <message>
        <source>…from</source>
        <translation>…de</translation>
    </message>
    <message>
        <source>{n} needs named; {promised} promised.</source>
        <translation>{n} necesidades nombradas; {promised} prometidas.</translation>
    </message>
    <message>
        <source>✔ Promised</source>
        <translation>✔ Prometido</translation>
    </message>
    <message>
        <source>Who needs it</source>
        <translation>Quién lo necesita</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Promised?</source>
        <translation>¿Prometido?</translation>
    </message>
    <message>
        <source>What does each of us need from the others?</source>
        <translation>¿Qué necesita cada uno de nosotros de los demás?</translation>
    </message>
    <message>
        <source>No criteria yet.</source>
        <translation>Todavía no hay criterios.</translation>
    </message>
    <message>
        <source>A good indicator is…</source>
        <translation>Un buen indicador es…</translation>
    </message>
    <message>
        <source>…and we can collect it: capacity check</source>
        <translation>…y podemos recopilarlo: verificación de capacidad</translation>
    </message>
    <message>
        <source>leading</source>
        <translation>adelantado</translation>
    </message>
    <message>
        <source>lagging</source>
        <translation>rezagado</translation>
    </message>
    <message>
        <source>baseline {v}</source>
        <translation>línea de base {v}</translation>
    </message>
    <message>
        <source>target {v}</source>
        <translation>meta {v}</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>aún sin medir</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Medido</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>No indicator has been agreed yet: nothing to measure.</source>
        <translation>Todavía no se acordó ningún indicador: nada que medir.</translation>
    </message>
    <message>
        <source>Partner-by-partner history. Failed: {failed}. No history or not recorded: {missing}.</source>
        <translation>Historia entre socios, par por par. Fallida: {failed}. Sin historia o sin registrar: {missing}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Have we worked together before?</source>
        <translation>¿Hemos trabajado juntos antes?</translation>
    </message>
    <message>
        <source>? = nothing recorded, or not released to this audience</source>
        <translation>? = nada registrado, o no divulgado a este público</translation>
    </message>
    <message>
        <source>? = nothing recorded yet</source>
        <translation>? = nada registrado aún</translation>
    </message>
    <message>
        <source>Add at least two partners to map their history.</source>
        <translation>Añadir al menos dos socios para trazar su historia.</translation>
    </message>
    <message>
        <source>Failed before</source>
        <translation>Falló antes</translation>
    </message>
    <message>
        <source>What we learned</source>
        <translation>Lo que aprendimos</translation>
    </message>
    <message>
        <source>No interests recorded yet.</source>
        <translation>Todavía no se registraron intereses.</translation>
    </message>
    <message>
        <source>What we really need</source>
        <translation>Lo que realmente necesitamos</translation>
    </message>
    <message>
        <source>{partners} partners bring {n} resources; {gaps} needed, nobody brings yet.</source>
        <translation>{partners} socios aportan {n} recursos; {gaps} necesarios que nadie aporta aún.</translation>
    </message>
    <message>
        <source>{partners} partners bring {n} resources; no gaps named.</source>
        <translation>{partners} socios aportan {n} recursos; no se nombraron vacíos.</translation>
    </message>
    <message>
        <source>{met} of {needs} needs met.</source>
        <translation>{met} de {needs} necesidades cubiertas.</translation>
    </message>
    <message>
        <source>Needed, nobody brings yet</source>
        <translation>Se necesita, nadie lo aporta aún</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Se necesita</translation>
    </message>
    <message>
        <source>What does each of us bring, and what do we still need?</source>
        <translation>¿Qué aporta cada uno de nosotros y qué nos falta todavía?</translation>
    </message>
    <message>
        <source>Start with the broad topic.</source>
        <translation>Empezar por el tema amplio.</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Todos los socios</translation>
    </message>
    <message>
        <source>All other partners</source>
        <translation>Todos los demás socios</translation>
    </message>
    <message>
        <source>{words} ({letter})</source>
        <translation>{words} ({letter})</translation>
    </message>
    <message>
        <source>D decides; C is consulted before; I is informed after.</source>
        <translation>D decide; C se consulta antes; I se informa después.</translation>
    </message>
    <message>
        <source>Nobody decides yet</source>
        <translation>Todavía nadie decide</translation>
    </message>
    <message>
        <source>Which decisions will we make together, and who makes them?</source>
        <translation>¿Qué decisiones tomaremos juntos y quién las toma?</translation>
    </message>
    <message>
        <source>Dots per statement</source>
        <translation>Puntos por frase</translation>
    </message>
    <message>
        <source>Our shared vision</source>
        <translation>Nuestra visión compartida</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>oculto</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Frase</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>What does success look like for all of us?</source>
        <translation>¿Cómo se ve el éxito para todos nosotros?</translation>
    </message>
    <message>
        <source>No commitments to agree yet.</source>
        <translation>Todavía no hay compromisos para acordar.</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Acordado</translation>
    </message>
    <message>
        <source>{n} of {total} commitments agreed</source>
        <translation>{n} de {total} compromisos acordados</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message numerus="yes">
        <source>{status}, %n day overdue</source>
        <translation>
            <numerusform>{status}, %n día de retraso</numerusform>
            <numerusform>{status}, %n días de retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{status}, %n days overdue</source>
        <translation>
            <numerusform>{status}, %n día de retraso</numerusform>
            <numerusform>{status}, %n días de retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>Since the last meeting: {done} done, {dropped} dropped; {open} still open, {late} of them overdue.</source>
        <translation>Desde la última reunión: {done} hechas, {dropped} descartadas; {open} aún abiertas, {late} de ellas vencidas.</translation>
    </message>
    <message>
        <source>Some actions of earlier meetings are not for this audience.</source>
        <translation>Algunas acciones de reuniones anteriores no son para este público.</translation>
    </message>
    <message>
        <source>Decisions of the last meeting ({meeting})</source>
        <translation>Decisiones de la última reunión ({meeting})</translation>
    </message>
    <message>
        <source>Brought into this meeting</source>
        <translation>Retomado en esta reunión</translation>
    </message>
    <message>
        <source>{topic} (parked at {meeting})</source>
        <translation>{topic} (estacionado en {meeting})</translation>
    </message>
    <message>
        <source>This is the collaboration&apos;s first meeting: nothing to follow up yet.</source>
        <translation>Esta es la primera reunión de la colaboración: todavía no hay nada que seguir.</translation>
    </message>
    <message>
        <source>Nothing to follow up from earlier meetings.</source>
        <translation>No hay nada que seguir de reuniones anteriores.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>Power and interest</source>
        <translation>Poder e interés</translation>
    </message>
    <message>
        <source>Power →</source>
        <translation>Poder →</translation>
    </message>
    <message>
        <source>Interest →</source>
        <translation>Interés →</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… y {n} más</translation>
    </message>
    <message>
        <source>Not placed yet</source>
        <translation>Sin ubicar aún</translation>
    </message>
    <message>
        <source>To invite</source>
        <translation>Por invitar</translation>
    </message>
    <message>
        <source>{what} — {owner}</source>
        <translation>{what} — {owner}</translation>
    </message>
    <message>
        <source>owner needed</source>
        <translation>falta responsable</translation>
    </message>
    <message>
        <source>Who else is affected, or missing from this table?</source>
        <translation>¿A quién más afecta, o quién falta en esta mesa?</translation>
    </message>
    <message>
        <source>{statement}: {counts} (average {avg})</source>
        <translation>{statement}: {counts} (promedio {avg})</translation>
    </message>
    <message>
        <source>1 not at all</source>
        <translation>1 nada</translation>
    </message>
    <message>
        <source>5 completely</source>
        <translation>5 totalmente</translation>
    </message>
    <message>
        <source>Trust across our meetings (average, 1–5)</source>
        <translation>Confianza a lo largo de nuestras reuniones (promedio, 1–5)</translation>
    </message>
    <message>
        <source>The results will be shown once everyone has rated.</source>
        <translation>Los resultados se mostrarán cuando todos hayan calificado.</translation>
    </message>
    <message>
        <source>Rate each statement from 1 (not at all) to 5 (completely)</source>
        <translation>Califique cada afirmación de 1 (nada) a 5 (totalmente)</translation>
    </message>
    <message>
        <source>No ratings entered yet.</source>
        <translation>Todavía no se ingresaron calificaciones.</translation>
    </message>
    <message>
        <source>How far do we agree?</source>
        <translation>¿Cuánto estamos de acuerdo?</translation>
    </message>
    <message>
        <source>Ratings from phones: {phones}; by hand: {hands}.</source>
        <translation>Calificaciones desde teléfonos: {phones}; a mano: {hands}.</translation>
    </message>
    <message>
        <source>How does your sector see the issue?</source>
        <translation>¿Cómo ve su sector el problema?</translation>
    </message>
    <message>
        <source>There is nothing to vote on yet: type the options, or choose a list.</source>
        <translation>Todavía no hay nada que votar: escribir las opciones o elegir una lista.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Votes per option</source>
        <translation>Votos por opción</translation>
    </message>
    <message>
        <source>No partners on the roster yet.</source>
        <translation>Todavía no hay socios en la lista.</translation>
    </message>
    <message>
        <source>Sector withheld</source>
        <translation>Sector reservado</translation>
    </message>
    <message>
        <source>{n} organisations from {s} sectors</source>
        <translation>{n} organizaciones de {s} sectores</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Brings</source>
        <translation>Aporta</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesita</translation>
    </message>
    <message>
        <source>{n} people present from {m} organisations</source>
        <translation>{n} personas presentes de {m} organizaciones</translation>
    </message>
    <message>
        <source>Also said</source>
        <translation>También se dijo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>This part cannot be shown right now; the facilitator has been told.</source>
        <translation>Esta parte no se puede mostrar ahora; ya se avisó a la facilitación.</translation>
    </message>
    <message>
        <source>Part {n} of {total}</source>
        <translation>Parte {n} de {total}</translation>
    </message>
    <message>
        <source>Time {clock}</source>
        <translation>Tiempo {clock}</translation>
    </message>
    <message>
        <source>Time left {clock}</source>
        <translation>Quedan {clock}</translation>
    </message>
    <message>
        <source>Over time +{clock}</source>
        <translation>Tiempo excedido +{clock}</translation>
    </message>
    <message>
        <source>{title} (part {n} of {total})</source>
        <translation>{title} (parte {n} de {total})</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Página {n} de {total}</translation>
    </message>
    <message>
        <source>continued on the next page</source>
        <translation>continúa en la página siguiente</translation>
    </message>
    <message>
        <source>Join: {address} · code {code}</source>
        <translation>Unirse: {address} · código {code}</translation>
    </message>
    <message>
        <source>Join from your phone</source>
        <translation>Únase desde su teléfono</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>The picture must be at least 160 x 90 pixels.</source>
        <translation>La imagen debe tener al menos 160 x 90 píxeles.</translation>
    </message>
    <message>
        <source>There is no workshop with the id {id}; `main.py list` shows the ids.</source>
        <translation>No existe ningún taller con el id {id}; `main.py list` muestra los ids.</translation>
    </message>
    <message>
        <source>This workshop has no blocks on its agenda yet.</source>
        <translation>Este taller todavía no tiene bloques en su agenda.</translation>
    </message>
    <message>
        <source>There is no block {n}: this workshop has {count} blocks, numbered 1 to {count}.</source>
        <translation>No existe el bloque {n}: este taller tiene {count} bloques, numerados del 1 al {count}.</translation>
    </message>
    <message numerus="yes">
        <source>This room view has %n page(s); there is no page {page}.</source>
        <translation>
            <numerusform>Esta vista de sala tiene %n página; no existe la página {page}.</numerusform>
            <numerusform>Esta vista de sala tiene %n páginas; no existe la página {page}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The picture could not be written to {path}.</source>
        <translation>No se pudo escribir la imagen en {path}.</translation>
    </message>
    <message>
        <source>Decides</source>
        <translation>Decide</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Consultado</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Informado</translation>
    </message>
    <message>
        <source>{status}, {n} days overdue</source>
        <translation type="vanished">{status}, {n} días de retraso</translation>
    </message>
    <message>
        <source>This room view has {count} page(s); there is no page {n}.</source>
        <translation type="vanished">Esta vista de sala tiene {count} página(s); no existe la página {n}.</translation>
    </message>
</context>
<context>
    <name>RoomController</name>
    <message>
        <source>Room view (what the room sees)</source>
        <translation>Vista de sala (lo que ve la sala)</translation>
    </message>
    <message>
        <source>&amp;Room view</source>
        <translation>&amp;Vista de sala</translation>
    </message>
    <message>
        <source>Show the room window</source>
        <translation>Mostrar la ventana de la sala</translation>
    </message>
    <message>
        <source>Blank the room (black screen)</source>
        <translation>Pantalla de la sala en negro</translation>
    </message>
    <message>
        <source>Holding slide with the workshop title</source>
        <translation>Diapositiva de espera con el título del taller</translation>
    </message>
    <message>
        <source>Freeze the room view while you edit</source>
        <translation>Congelar la vista de sala mientras se edita</translation>
    </message>
    <message>
        <source>Reveal hidden results of this block</source>
        <translation>Revelar los resultados ocultos de este bloque</translation>
    </message>
    <message>
        <source>Next page of the room view</source>
        <translation>Página siguiente de la vista de sala</translation>
    </message>
    <message>
        <source>Previous page of the room view</source>
        <translation>Página anterior de la vista de sala</translation>
    </message>
    <message>
        <source>Room theme</source>
        <translation>Tema de la sala</translation>
    </message>
    <message>
        <source>Room screen</source>
        <translation>Pantalla de la sala</translation>
    </message>
    <message>
        <source>Save room view as picture…</source>
        <translation>Guardar la vista de sala como imagen…</translation>
    </message>
    <message>
        <source>Automatic: the largest screen that is not yours</source>
        <translation>Automática: la pantalla más grande que no sea la propia</translation>
    </message>
    <message>
        <source>The room window is now {where}.</source>
        <translation>La ventana de la sala está ahora {where}.</translation>
    </message>
    <message>
        <source>The results of this block are not hidden; the room sees them.</source>
        <translation>Los resultados de este bloque no están ocultos; la sala los ve.</translation>
    </message>
    <message>
        <source>Reveal results</source>
        <translation>Revelar los resultados</translation>
    </message>
    <message>
        <source>Hide results again</source>
        <translation>Ocultar de nuevo los resultados</translation>
    </message>
    <message>
        <source>Results revealed to the room.</source>
        <translation>Resultados revelados a la sala.</translation>
    </message>
    <message>
        <source>Results hidden from the room again.</source>
        <translation>Resultados ocultos de nuevo a la sala.</translation>
    </message>
    <message>
        <source>Room view saved to {path}.</source>
        <translation>Vista de sala guardada en {path}.</translation>
    </message>
    <message>
        <source>The picture could not be saved to {path}; choose another folder.</source>
        <translation>No se pudo guardar la imagen en {path}; elegir otra carpeta.</translation>
    </message>
    <message>
        <source>Save room view as picture</source>
        <translation>Guardar la vista de sala como imagen</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>RoomPicture</name>
    <message>
        <source>Picture of the room view</source>
        <translation>Imagen de la vista de sala</translation>
    </message>
</context>
<context>
    <name>RoomPreview</name>
    <message>
        <source>Room window state</source>
        <translation>Estado de la ventana de la sala</translation>
    </message>
    <message>
        <source>Room screen message</source>
        <translation>Mensaje de la pantalla de la sala</translation>
    </message>
    <message>
        <source>Room window hidden (F5 shows it).</source>
        <translation>Ventana de la sala oculta (F5 la muestra).</translation>
    </message>
    <message>
        <source>Room window: {where}.</source>
        <translation>Ventana de la sala: {where}.</translation>
    </message>
    <message>
        <source>BLANK: the room sees a black screen (F6).</source>
        <translation>EN NEGRO: la sala ve una pantalla negra (F6).</translation>
    </message>
    <message>
        <source>HOLDING SLIDE: the room sees the workshop title (Shift+F6).</source>
        <translation>DIAPOSITIVA DE ESPERA: la sala ve el título del taller (Shift+F6).</translation>
    </message>
    <message>
        <source>FROZEN: the room does not see your changes (F7).</source>
        <translation>CONGELADA: la sala no ve los cambios (F7).</translation>
    </message>
    <message>
        <source>Page {n} of {total} (Ctrl+Shift+PgDown / PgUp).</source>
        <translation>Página {n} de {total} (Ctrl+Shift+PgDown / PgUp).</translation>
    </message>
    <message>
        <source>RESULTS REVEALED: the room sees this block&apos;s results (F9 hides them).</source>
        <translation>RESULTADOS REVELADOS: la sala ve los resultados de este bloque (F9 los oculta).</translation>
    </message>
    <message>
        <source>Results hidden: the room does not see them yet (F9 reveals them).</source>
        <translation>Resultados ocultos: la sala todavía no los ve (F9 los revela).</translation>
    </message>
</context>
<context>
    <name>RoomQueue</name>
    <message>
        <source>Enter accepts · F2 edits first · M merges · Delete rejects</source>
        <translation>Enter acepta · F2 edita antes · M fusiona · Delete rechaza</translation>
    </message>
    <message>
        <source>From the room: waiting for you</source>
        <translation>Desde la sala: en espera de revisión</translation>
    </message>
    <message>
        <source>Edit what the room sent, then Enter</source>
        <translation>Editar lo que envió la sala, luego Enter</translation>
    </message>
    <message numerus="yes">
        <source>From the room: %n waiting</source>
        <translation>
            <numerusform>Desde la sala: %n en espera</numerusform>
            <numerusform>Desde la sala: %n en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>For later</source>
        <translation>Para después</translation>
    </message>
    <message>
        <source>Accept from the room {text!r}</source>
        <translation>Aceptar desde la sala {text!r}</translation>
    </message>
    <message>
        <source>Reject from the room</source>
        <translation>Rechazar desde la sala</translation>
    </message>
    <message>
        <source>Put out a phone and reject what it sent</source>
        <translation>Expulsar un teléfono y rechazar lo que envió</translation>
    </message>
    <message numerus="yes">
        <source>That phone is out and %n of its inputs were rejected. It can join again with the code: a new join code keeps it out.</source>
        <translation>
            <numerusform>Ese teléfono quedó fuera y se rechazó %n de sus envíos. Puede volver a unirse con el código: un nuevo código de acceso lo mantiene fuera.</numerusform>
            <numerusform>Ese teléfono quedó fuera y se rechazaron %n de sus envíos. Puede volver a unirse con el código: un nuevo código de acceso lo mantiene fuera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge from the room</source>
        <translation>Fusionar desde la sala</translation>
    </message>
    <message>
        <source>There is nothing in this block to merge it into.</source>
        <translation>En este bloque no hay nada con qué fusionarlo.</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Fusionar con</translation>
    </message>
    <message>
        <source>“{text}” says the same as:</source>
        <translation>“{text}” dice lo mismo que:</translation>
    </message>
</context>
<context>
    <name>RoomScreens</name>
    <message>
        <source>full screen on {screen}</source>
        <translation>a pantalla completa en {screen}</translation>
    </message>
    <message>
        <source>a normal window on your screen (no second screen)</source>
        <translation>en una ventana normal en la pantalla propia (no hay segunda pantalla)</translation>
    </message>
    <message>
        <source>Screen {screen} was connected; the room window is now full screen there.</source>
        <translation>Se conectó la pantalla {screen}; la ventana de la sala está ahora a pantalla completa allí.</translation>
    </message>
    <message>
        <source>Screen {screen} was connected; the room window stays where it is.</source>
        <translation>Se conectó la pantalla {screen}; la ventana de la sala se queda donde está.</translation>
    </message>
    <message>
        <source>Screen {screen} was disconnected; the room window is now {where}.</source>
        <translation>Se desconectó la pantalla {screen}; la ventana de la sala está ahora {where}.</translation>
    </message>
    <message>
        <source>Screen {screen} was disconnected.</source>
        <translation>Se desconectó la pantalla {screen}.</translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message>
        <source>Room view</source>
        <translation>Vista de sala</translation>
    </message>
</context>
<context>
    <name>RoomWindow</name>
    <message>
        <source>Room view</source>
        <translation>Vista de sala</translation>
    </message>
    <message>
        <source>Room window</source>
        <translation>Ventana de la sala</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <source>New organisation</source>
        <translation>Nueva organización</translation>
    </message>
    <message>
        <source>Organisation joining the table, then Enter</source>
        <translation>Organización que se suma a la mesa, luego Enter</translation>
    </message>
    <message>
        <source>Sector of the new organisation</source>
        <translation>Sector de la nueva organización</translation>
    </message>
    <message>
        <source>&amp;Add:</source>
        <translation>Añadi&amp;r:</translation>
    </message>
    <message>
        <source>A&amp;ttendance…</source>
        <translation>Asiste&amp;ncia…</translation>
    </message>
    <message>
        <source>Take attendance</source>
        <translation>Tomar asistencia</translation>
    </message>
    <message>
        <source>Tick who came, or import a sign-in list (Ctrl+Shift+E)</source>
        <translation>Marcar quién vino, o importar una lista de registro (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Partners by sector</source>
        <translation>Socios por sector</translation>
    </message>
    <message>
        <source>Something said in the round, then Enter</source>
        <translation>Algo dicho en la ronda, luego Enter</translation>
    </message>
    <message>
        <source>Notes from the round</source>
        <translation>Notas de la ronda</translation>
    </message>
    <message>
        <source>Add partner {name!r}</source>
        <translation>Añadir el socio {name!r}</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) at the table</source>
        <translation>
            <numerusform>%n organización en la mesa</numerusform>
            <numerusform>%n organizaciones en la mesa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <source>Show or hide the agenda</source>
        <translation>Mostrar u ocultar la agenda</translation>
    </message>
    <message>
        <source>Agenda (Ctrl+1)</source>
        <translation>Agenda (Ctrl+1)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous block (Ctrl+PgUp)</source>
        <translation>Bloque anterior (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next block (Ctrl+PgDown)</source>
        <translation>Bloque siguiente (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Current block</source>
        <translation>Bloque actual</translation>
    </message>
    <message>
        <source>Block timer</source>
        <translation>Temporizador del bloque</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Start or pause the block timer (Ctrl+Space)</source>
        <translation>Iniciar o pausar el temporizador del bloque (Ctrl+Space)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Set the block timer back to zero (Ctrl+Shift+Space)</source>
        <translation>Volver a cero el temporizador del bloque (Ctrl+Shift+Space)</translation>
    </message>
    <message>
        <source>Meeting schedule</source>
        <translation>Horario de la reunión</translation>
    </message>
    <message>
        <source>Show or hide decisions, actions and the room preview</source>
        <translation>Mostrar u ocultar decisiones, acciones y la vista previa de la sala</translation>
    </message>
    <message>
        <source>Decisions, actions, parking lot, notes and room preview (Ctrl+2)</source>
        <translation>Decisiones, acciones, estacionamiento de temas, notas y vista previa de la sala (Ctrl+2)</translation>
    </message>
    <message>
        <source>Pause timer</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>⚠ {elapsed} / {box} — OVER by {over}</source>
        <translation>⚠ {elapsed} / {box} — EXCEDIDO en {over}</translation>
    </message>
</context>
<context>
    <name>SaveTemplateDialog</name>
    <message>
        <source>Save agenda as template</source>
        <translation>Guardar la agenda como plantilla</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nombre de la plantilla</translation>
    </message>
    <message>
        <source>What the template is for</source>
        <translation>Para qué sirve la plantilla</translation>
    </message>
    <message>
        <source>For example: our quarterly check-in</source>
        <translation>Por ejemplo: nuestra revisión trimestral</translation>
    </message>
    <message numerus="yes">
        <source>Keeps the %n block(s) of the agenda ({total}): their kinds, titles, timeboxes, prompts and settings; nothing said in the meeting.</source>
        <translation>
            <numerusform>Conserva %n bloque de la agenda ({total}): su tipo, título, tiempo asignado, consigna y configuración; nada de lo dicho en la reunión.</numerusform>
            <numerusform>Conserva los %n bloques de la agenda ({total}): sus tipos, títulos, tiempos asignados, consignas y configuración; nada de lo dicho en la reunión.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the template keeps</source>
        <translation>Qué conserva la plantilla</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;What it is for:</source>
        <translation>&amp;Para qué sirve:</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Guardar como plantilla</translation>
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
        <translation>Reunión: {used} de {planned} previstos, quedan {left}</translation>
    </message>
    <message>
        <source>Meeting: {used} used, {over} past the {planned} planned</source>
        <translation>Reunión: {used} usados, {over} más de los {planned} previstos</translation>
    </message>
    <message>
        <source>; ends about {end}</source>
        <translation>; fin hacia las {end}</translation>
    </message>
    <message>
        <source> — ⚠ running {late} behind</source>
        <translation> — ⚠ con {late} de atraso</translation>
    </message>
    <message>
        <source>⚠ Over the plan by {over}: now ends at {end}, planned end {planned_end}.</source>
        <translation>⚠ Excede el plan en {over}: ahora termina a las {end}, fin previsto {planned_end}.</translation>
    </message>
    <message>
        <source>⚠ Over the plan by {over}: the agenda takes {agenda} of {planned} planned.</source>
        <translation>⚠ Excede el plan en {over}: la agenda ocupa {agenda} de {planned} previstos.</translation>
    </message>
    <message>
        <source>Agenda {agenda}: ends at {end}, planned end {planned_end}.</source>
        <translation>Agenda {agenda}: termina a las {end}, fin previsto {planned_end}.</translation>
    </message>
    <message>
        <source>Agenda {agenda} of {planned} planned.</source>
        <translation>Agenda {agenda} de {planned} previstos.</translation>
    </message>
    <message>
        <source>{spare} to spare.</source>
        <translation>Sobran {spare}.</translation>
    </message>
</context>
<context>
    <name>ScopePanel</name>
    <message>
        <source>New issue</source>
        <translation>Nuevo problema</translation>
    </message>
    <message>
        <source>Issue: Enter adds it under the selected one, Shift+Enter beside it</source>
        <translation>Problema: Enter lo añade bajo el seleccionado, Shift+Enter a su lado</translation>
    </message>
    <message>
        <source>Visibility of new issues</source>
        <translation>Visibilidad de los problemas nuevos</translation>
    </message>
    <message>
        <source>Who may see the issues you add next (F8 cycles)</source>
        <translation>Quién puede ver los próximos problemas que se añadan (F8 alterna)</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilidad</translation>
    </message>
    <message>
        <source>Issue tree</source>
        <translation>Árbol de problemas</translation>
    </message>
    <message>
        <source>Space in the tree cycles the scope</source>
        <translation>Espacio en el árbol alterna el alcance</translation>
    </message>
    <message>
        <source>Selected issue:</source>
        <translation>Problema seleccionado:</translation>
    </message>
    <message>
        <source>In the tree: Space cycles the scope · F2 renames · Del removes the issue and what hangs under it · Alt+arrows move · Insert goes to the new-issue box</source>
        <translation>En el árbol: Espacio alterna el alcance · F2 cambia el nombre · Del quita el problema y lo que cuelga de él · Alt+flechas mueven · Insert va al cuadro de problema nuevo</translation>
    </message>
    <message>
        <source>Problem statement</source>
        <translation>Enunciado del problema</translation>
    </message>
    <message>
        <source>One sentence the room agrees to; Enter saves</source>
        <translation>Una frase con la que la sala está de acuerdo; Enter la guarda</translation>
    </message>
    <message>
        <source>A&amp;greed by the room</source>
        <translation>Acor&amp;dado por la sala</translation>
    </message>
    <message>
        <source>Changing the wording later clears the agreement</source>
        <translation>Cambiar la redacción más tarde anula el acuerdo</translation>
    </message>
    <message>
        <source>&amp;Problem statement</source>
        <translation>E&amp;nunciado del problema</translation>
    </message>
    <message>
        <source>&amp;Issues</source>
        <translation>&amp;Problemas</translation>
    </message>
    <message>
        <source>Add issue {text!r}</source>
        <translation>Añadir el problema {text!r}</translation>
    </message>
    <message>
        <source>Rename issue</source>
        <translation>Cambiar el nombre del problema</translation>
    </message>
    <message>
        <source>{text!r}: {scope}</source>
        <translation>{text!r}: {scope}</translation>
    </message>
    <message>
        <source>Change visibility</source>
        <translation>Cambiar la visibilidad</translation>
    </message>
    <message>
        <source>Remove issue {text!r}</source>
        <translation>Quitar el problema {text!r}</translation>
    </message>
    <message>
        <source>Move issue</source>
        <translation>Mover problema</translation>
    </message>
    <message>
        <source>Move issue {text!r}</source>
        <translation>Mover el problema {text!r}</translation>
    </message>
    <message>
        <source>Write the problem statement</source>
        <translation>Escribir el enunciado del problema</translation>
    </message>
    <message>
        <source>Edit the problem statement</source>
        <translation>Editar el enunciado del problema</translation>
    </message>
    <message>
        <source>Write the problem statement before marking it agreed.</source>
        <translation>Escribir el enunciado del problema antes de marcarlo como acordado.</translation>
    </message>
    <message>
        <source>Problem statement agreed</source>
        <translation>Enunciado del problema acordado</translation>
    </message>
    <message>
        <source>Problem statement not agreed</source>
        <translation>Enunciado del problema no acordado</translation>
    </message>
</context>
<context>
    <name>Scoping</name>
    <message>
        <source>The room&apos;s view of a fact</source>
        <translation>La opinión de la sala sobre un hecho</translation>
    </message>
    <message>
        <source>{n} agreed</source>
        <translation>{n} acordado</translation>
    </message>
    <message>
        <source>{n} disputed</source>
        <translation>{n} en disputa</translation>
    </message>
    <message>
        <source>{n} needs data</source>
        <translation>{n} faltan datos</translation>
    </message>
    <message>
        <source>phones: {answers}</source>
        <translation>teléfonos: {answers}</translation>
    </message>
    <message>
        <source>owner needed</source>
        <translation>falta responsable</translation>
    </message>
    <message>
        <source>{q} — {owner}, by {due}</source>
        <translation>{q} — {owner}, para el {due}</translation>
    </message>
    <message>
        <source>{q} — {owner}</source>
        <translation>{q} — {owner}</translation>
    </message>
    <message>
        <source>Problem statement (agreed)</source>
        <translation>Enunciado del problema (acordado)</translation>
    </message>
    <message>
        <source>Problem statement (draft)</source>
        <translation>Enunciado del problema (borrador)</translation>
    </message>
    <message>
        <source>What is in scope?</source>
        <translation>¿Qué está dentro del alcance?</translation>
    </message>
    <message>
        <source>✔ Agreed</source>
        <translation>✔ Acordado</translation>
    </message>
    <message>
        <source>⚠ Disputed</source>
        <translation>⚠ En disputa</translation>
    </message>
    <message>
        <source>? Needs data</source>
        <translation>? Faltan datos</translation>
    </message>
    <message>
        <source>Not yet discussed</source>
        <translation>Aún sin discutir</translation>
    </message>
    <message>
        <source>✔ In scope</source>
        <translation>✔ Dentro del alcance</translation>
    </message>
    <message>
        <source>✘ Out of scope</source>
        <translation>✘ Fuera del alcance</translation>
    </message>
    <message>
        <source>◷ Later</source>
        <translation>◷ Más adelante</translation>
    </message>
    <message>
        <source>… Undecided</source>
        <translation>… Sin decidir</translation>
    </message>
</context>
<context>
    <name>Sectors</name>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation>Sector público</translation>
    </message>
    <message>
        <source>Nonprofit</source>
        <translation>Sin fines de lucro</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>Sector privado</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Comunitario</translation>
    </message>
    <message>
        <source>Academic</source>
        <translation>Académico</translation>
    </message>
    <message>
        <source>Philanthropic</source>
        <translation>Filantrópico</translation>
    </message>
    <message>
        <source>Sector not said</source>
        <translation>Sector sin indicar</translation>
    </message>
</context>
<context>
    <name>ShareDiscretionPanel</name>
    <message>
        <source>Decides (D)</source>
        <translation>Decide (D)</translation>
    </message>
    <message>
        <source>Consulted (C)</source>
        <translation>Consultado (C)</translation>
    </message>
    <message>
        <source>Informed (I)</source>
        <translation>Informado (I)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>A decision the partnership will make, then Enter</source>
        <translation>Una decisión que tomará la alianza, luego Enter</translation>
    </message>
    <message>
        <source>&amp;Decides (Space ticks):</source>
        <translation>&amp;Decide (Espacio marca):</translation>
    </message>
    <message>
        <source>&amp;Consulted before:</source>
        <translation>&amp;Consultado antes:</translation>
    </message>
    <message>
        <source>&amp;Informed after:</source>
        <translation>&amp;Informado después:</translation>
    </message>
    <message>
        <source>Selected decision</source>
        <translation>Decisión seleccionada</translation>
    </message>
    <message>
        <source>Select a decision to tick who decides, is consulted and is informed.</source>
        <translation>Seleccionar una decisión para marcar quién decide, a quién se consulta y a quién se informa.</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Media enquiries</source>
        <translation>Consultas de los medios</translation>
    </message>
    <message>
        <source>Records requests</source>
        <translation>Solicitudes de registros</translation>
    </message>
    <message>
        <source>How we warn each other</source>
        <translation>Cómo nos avisamos</translation>
    </message>
    <message>
        <source>Review time</source>
        <translation>Tiempo de revisión</translation>
    </message>
    <message>
        <source>(partner not set)</source>
        <translation>(socio sin indicar)</translation>
    </message>
    <message>
        <source>{a} and {b} have a failed partnership behind them: agree how this data will be handled before it changes hands.</source>
        <translation>{a} y {b} tienen detrás una alianza fallida: acordar cómo se manejarán estos datos antes de que cambien de manos.</translation>
    </message>
    <message>
        <source>{a} and {b} have never worked together: start small and review after the first exchange.</source>
        <translation>{a} y {b} nunca trabajaron juntos: empezar de a poco y revisar después del primer intercambio.</translation>
    </message>
    <message>
        <source>No partnership history is recorded between {a} and {b}: ask the room before they share data.</source>
        <translation>No hay historia de alianza registrada entre {a} y {b}: preguntar a la sala antes de que compartan datos.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin fijar</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Acordado</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Aún no</translation>
    </message>
    <message>
        <source>{a} shares with {b} ({text})</source>
        <translation>{a} comparte con {b} ({text})</translation>
    </message>
    <message>
        <source>number of commitments: O open, R restricted, C confidential, ? not set</source>
        <translation>número de compromisos: O abierto (open), R restringido, C confidencial, ? sin fijar</translation>
    </message>
    <message>
        <source>Who shares with whom</source>
        <translation>Quién comparte con quién</translation>
    </message>
    <message>
        <source>the other parties</source>
        <translation>las demás partes</translation>
    </message>
    <message>
        <source>{provider} will provide {data} to {recipients}</source>
        <translation>{provider} proporcionará {data} a {recipients}</translation>
    </message>
    <message>
        <source>, solely for the purpose of {purpose}</source>
        <translation>, únicamente con el fin de {purpose}</translation>
    </message>
    <message>
        <source> (purpose to be stated)</source>
        <translation> (propósito por indicar)</translation>
    </message>
    <message>
        <source>frequency: {f}</source>
        <translation>frecuencia: {f}</translation>
    </message>
    <message>
        <source>form: {f}</source>
        <translation>forma: {f}</translation>
    </message>
    <message>
        <source>classification: {s}</source>
        <translation>clasificación: {s}</translation>
    </message>
    <message>
        <source>not yet classified</source>
        <translation>aún sin clasificar</translation>
    </message>
    <message>
        <source>subject to: {c}</source>
        <translation>sujeto a: {c}</translation>
    </message>
    <message>
        <source>The recipients will not disclose it further without {provider}&apos;s written consent, except where the law requires it; {provider} remains its custodian.</source>
        <translation>Los destinatarios no lo divulgarán a terceros sin el consentimiento por escrito de {provider}, salvo cuando la ley lo exija; {provider} sigue siendo su custodio.</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Draft information-sharing agreement</source>
        <translation>Borrador de acuerdo para compartir información</translation>
    </message>
    <message>
        <source>No sharing commitment has been marked agreed yet.</source>
        <translation>Todavía no se marcó como acordado ningún compromiso de compartir datos.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Agreed in principle at “{workshop}” ({date}). This is a starting point for each party&apos;s counsel, not a binding agreement.</source>
        <translation>Acordado en principio en “{workshop}” ({date}). Es un punto de partida para la asesoría legal de cada parte, no un acuerdo vinculante.</translation>
    </message>
    <message>
        <source>1. Parties</source>
        <translation>1. Partes</translation>
    </message>
    <message>
        <source>{org} ({sector}), answering to {whom}</source>
        <translation>{org} ({sector}), que responde ante {whom}</translation>
    </message>
    <message>
        <source>its governing body</source>
        <translation>su órgano de gobierno</translation>
    </message>
    <message>
        <source>2. Information to be shared, purposes and frequency</source>
        <translation>2. Información que se compartirá, propósitos y frecuencia</translation>
    </message>
    <message>
        <source>3. Legal constraints</source>
        <translation>3. Restricciones legales</translation>
    </message>
    <message>
        <source>Clause 2.{n}: information held by a public body may be subject to public-records, sunshine or freedom-of-information requests; the parties will tell each other of any request before responding.</source>
        <translation>Cláusula 2.{n}: la información en poder de un organismo público puede estar sujeta a solicitudes de acceso a registros públicos, de transparencia o de acceso a la información; las partes se informarán mutuamente de cualquier solicitud antes de responder.</translation>
    </message>
    <message>
        <source>Clause 2.{n}: personal information is handled under applicable privacy law; only what the stated purpose needs is shared.</source>
        <translation>Cláusula 2.{n}: la información personal se maneja conforme a la legislación de privacidad aplicable; solo se comparte lo que necesita el propósito indicado.</translation>
    </message>
    <message>
        <source>Clause 2.{n}: existing contracts of the provider may restrict this sharing; counsel to check before the first exchange.</source>
        <translation>Cláusula 2.{n}: los contratos vigentes del proveedor pueden restringir este intercambio; la asesoría legal debe revisarlo antes del primer intercambio.</translation>
    </message>
    <message>
        <source>No legal constraint was named; each party&apos;s counsel should confirm.</source>
        <translation>No se nombró ninguna restricción legal; la asesoría legal de cada parte debería confirmarlo.</translation>
    </message>
    <message>
        <source>4. Contacts and public communication</source>
        <translation>4. Contactos y comunicación pública</translation>
    </message>
    <message>
        <source>Contacts for media and records requests are still to be named.</source>
        <translation>Todavía faltan nombrar los contactos para los medios y las solicitudes de registros.</translation>
    </message>
    <message>
        <source>Not part of this draft</source>
        <translation>Fuera de este borrador</translation>
    </message>
    <message>
        <source>Discussed but not yet agreed: {list}</source>
        <translation>Tratado pero aún no acordado: {list}</translation>
    </message>
    <message>
        <source>(limited by sensitivity)</source>
        <translation>(limitado por su sensibilidad)</translation>
    </message>
    <message>
        <source>Open: may be published</source>
        <translation>Abierto: se puede publicar</translation>
    </message>
    <message>
        <source>Restricted: partners only</source>
        <translation>Restringido: solo socios</translation>
    </message>
    <message>
        <source>Confidential: named recipients only</source>
        <translation>Confidencial: solo los destinatarios nombrados</translation>
    </message>
    <message>
        <source>Public records / sunshine / freedom-of-information law</source>
        <translation>Ley de registros públicos / transparencia / acceso a la información</translation>
    </message>
    <message>
        <source>Privacy law</source>
        <translation>Ley de privacidad</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>{where}: {does}</source>
        <translation>{where}: {does}</translation>
    </message>
    <message>
        <source>Print the summary</source>
        <translation>Imprimir el resumen</translation>
    </message>
    <message>
        <source>Go to the search box</source>
        <translation>Ir al cuadro de búsqueda</translation>
    </message>
    <message>
        <source>Tick or untick the current entry</source>
        <translation>Marcar o desmarcar la entrada actual</translation>
    </message>
    <message>
        <source>In a list with tick boxes</source>
        <translation>En una lista con casillas</translation>
    </message>
    <message>
        <source>Show the next section that mentions it</source>
        <translation>Mostrar la siguiente sección que lo menciona</translation>
    </message>
    <message>
        <source>In the search box</source>
        <translation>En el cuadro de búsqueda</translation>
    </message>
    <message>
        <source>Go to the list of sections</source>
        <translation>Ir a la lista de secciones</translation>
    </message>
    <message>
        <source>Close the guide</source>
        <translation>Cerrar la guía</translation>
    </message>
    <message>
        <source>Capture what you typed</source>
        <translation>Capturar lo escrito</translation>
    </message>
    <message>
        <source>In a capture box</source>
        <translation>En un cuadro de captura</translation>
    </message>
    <message>
        <source>Go to the next box of the item (owner, due date…)</source>
        <translation>Ir al siguiente cuadro del elemento (responsable, fecha límite…)</translation>
    </message>
    <message>
        <source>Change who may see what you capture next</source>
        <translation>Cambiar quién puede ver lo que se capture a continuación</translation>
    </message>
    <message>
        <source>Delete the selected items</source>
        <translation>Eliminar los elementos seleccionados</translation>
    </message>
    <message>
        <source>In a list</source>
        <translation>En una lista</translation>
    </message>
    <message>
        <source>Move the selected item up</source>
        <translation>Subir el elemento seleccionado</translation>
    </message>
    <message>
        <source>Move the selected item down</source>
        <translation>Bajar el elemento seleccionado</translation>
    </message>
    <message>
        <source>Put the selected items in a cluster</source>
        <translation>Poner los elementos seleccionados en un grupo</translation>
    </message>
    <message>
        <source>Show the next method</source>
        <translation>Mostrar el método siguiente</translation>
    </message>
    <message>
        <source>In the method library</source>
        <translation>En la biblioteca de métodos</translation>
    </message>
    <message>
        <source>Show the previous method</source>
        <translation>Mostrar el método anterior</translation>
    </message>
    <message>
        <source>Add the method shown to the agenda, after the current block</source>
        <translation>Añadir el método mostrado a la agenda, después del bloque actual</translation>
    </message>
    <message>
        <source>Close the library</source>
        <translation>Cerrar la biblioteca</translation>
    </message>
    <message>
        <source>With the underlined letter of a button or caption: press that button or go to that box</source>
        <translation>Con la letra subrayada de un botón o texto: pulsar ese botón o ir a ese cuadro</translation>
    </message>
    <message>
        <source>Accept it as an item of the block</source>
        <translation>Aceptarlo como elemento del bloque</translation>
    </message>
    <message>
        <source>In “From the room”</source>
        <translation>En “Desde la sala”</translation>
    </message>
    <message>
        <source>Tidy the words first; Enter accepts them</source>
        <translation>Corregir primero las palabras; Enter las acepta</translation>
    </message>
    <message>
        <source>Merge it into an item already captured</source>
        <translation>Fusionarlo con un elemento ya registrado</translation>
    </message>
    <message>
        <source>Reject it (nobody ever sees it)</source>
        <translation>Rechazarlo (nadie lo verá nunca)</translation>
    </message>
    <message>
        <source>Put out the phone that sent it and reject all it sent</source>
        <translation>Expulsar el teléfono que lo envió y rechazar todo lo que envió</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Salir de pantalla completa</translation>
    </message>
    <message>
        <source>In the room window</source>
        <translation>En la ventana de la sala</translation>
    </message>
    <message>
        <source>Edit the cell; typing replaces what is there</source>
        <translation>Editar la celda; al escribir se reemplaza lo que hay</translation>
    </message>
    <message>
        <source>In a table</source>
        <translation>En una tabla</translation>
    </message>
    <message>
        <source>Save the cell and go to the next one</source>
        <translation>Guardar la celda e ir a la siguiente</translation>
    </message>
    <message>
        <source>Save the cell and go to the previous one</source>
        <translation>Guardar la celda e ir a la anterior</translation>
    </message>
    <message>
        <source>Save the cell and go to the row below</source>
        <translation>Guardar la celda e ir a la fila de abajo</translation>
    </message>
    <message>
        <source>Leave the cell unchanged</source>
        <translation>Dejar la celda sin cambios</translation>
    </message>
    <message>
        <source>Mark the selected questions agreed, or not yet</source>
        <translation>Marcar las preguntas seleccionadas como acordadas, o aún no</translation>
    </message>
    <message>
        <source>Mark the selected points agreed, or not yet</source>
        <translation>Marcar los puntos seleccionados como acordados, o aún no</translation>
    </message>
    <message>
        <source>Mark the selected working agreement agreed, or not</source>
        <translation>Marcar el acuerdo de trabajo seleccionado como acordado, o no</translation>
    </message>
    <message>
        <source>In the working agreements</source>
        <translation>En los acuerdos de trabajo</translation>
    </message>
    <message>
        <source>Go to the hopes</source>
        <translation>Ir a las esperanzas</translation>
    </message>
    <message>
        <source>Go to the concerns</source>
        <translation>Ir a las preocupaciones</translation>
    </message>
    <message>
        <source>Go to the working agreements</source>
        <translation>Ir a los acuerdos de trabajo</translation>
    </message>
    <message>
        <source>Reveal the results to the room, or hide them again</source>
        <translation>Revelar los resultados a la sala, o volver a ocultarlos</translation>
    </message>
    <message>
        <source>Mark the selected needs promised, or not yet</source>
        <translation>Marcar las necesidades seleccionadas como prometidas, o aún no</translation>
    </message>
    <message>
        <source>Add the standard criteria: vision, facts, timeframe, lived experience, capacity</source>
        <translation>Añadir los criterios estándar: visión, hechos, plazo, experiencia vivida, capacidad</translation>
    </message>
    <message>
        <source>Tick the two partners of the cell in the partner list</source>
        <translation>Marcar en la lista de socios los dos socios de la celda</translation>
    </message>
    <message>
        <source>In the grid of who has worked with whom</source>
        <translation>En la cuadrícula de quién trabajó con quién</translation>
    </message>
    <message>
        <source>Change who may see the issues you add next</source>
        <translation>Cambiar quién puede ver los próximos problemas que se añadan</translation>
    </message>
    <message>
        <source>Add the issue under the selected one</source>
        <translation>Añadir el problema bajo el seleccionado</translation>
    </message>
    <message>
        <source>In the new-issue box</source>
        <translation>En el cuadro de problema nuevo</translation>
    </message>
    <message>
        <source>Add the issue beside the selected one</source>
        <translation>Añadir el problema al lado del seleccionado</translation>
    </message>
    <message>
        <source>Change the selected issue&apos;s scope</source>
        <translation>Cambiar el alcance del problema seleccionado</translation>
    </message>
    <message>
        <source>In the issue tree</source>
        <translation>En el árbol de problemas</translation>
    </message>
    <message>
        <source>Rename the selected issue</source>
        <translation>Cambiar el nombre del problema seleccionado</translation>
    </message>
    <message>
        <source>Remove the issue and what hangs under it</source>
        <translation>Quitar el problema y lo que cuelga de él</translation>
    </message>
    <message>
        <source>Move the issue up</source>
        <translation>Subir el problema</translation>
    </message>
    <message>
        <source>Move the issue down</source>
        <translation>Bajar el problema</translation>
    </message>
    <message>
        <source>Move the issue out, beside its parent</source>
        <translation>Sacar el problema, al lado de su padre</translation>
    </message>
    <message>
        <source>Move the issue under the one above it</source>
        <translation>Mover el problema bajo el de arriba</translation>
    </message>
    <message>
        <source>Change who may see the selected issue</source>
        <translation>Cambiar quién puede ver el problema seleccionado</translation>
    </message>
    <message>
        <source>Go to the new-issue box</source>
        <translation>Ir al cuadro de problema nuevo</translation>
    </message>
    <message>
        <source>Mark the selected statement as our vision</source>
        <translation>Marcar la frase seleccionada como nuestra visión</translation>
    </message>
    <message>
        <source>Mark the selected commitment agreed, or not agreed</source>
        <translation>Marcar el compromiso seleccionado como acordado, o no acordado</translation>
    </message>
    <message>
        <source>In the commitments</source>
        <translation>En los compromisos</translation>
    </message>
    <message>
        <source>Mark the selected actions done</source>
        <translation>Marcar las acciones seleccionadas como hechas</translation>
    </message>
    <message>
        <source>In the actions of earlier meetings</source>
        <translation>En las acciones de reuniones anteriores</translation>
    </message>
    <message>
        <source>Mark the selected actions in progress</source>
        <translation>Marcar las acciones seleccionadas como en curso</translation>
    </message>
    <message>
        <source>Mark the selected actions dropped</source>
        <translation>Marcar las acciones seleccionadas como descartadas</translation>
    </message>
    <message>
        <source>Open the selected actions again</source>
        <translation>Volver a abrir las acciones seleccionadas</translation>
    </message>
    <message>
        <source>Bring the selected parked topics into this meeting</source>
        <translation>Retomar en esta reunión los temas estacionados seleccionados</translation>
    </message>
    <message>
        <source>In the parking lot</source>
        <translation>En el estacionamiento de temas</translation>
    </message>
    <message>
        <source>Invite the selected stakeholders: each becomes an action item</source>
        <translation>Invitar a las partes interesadas seleccionadas: cada una se convierte en una acción</translation>
    </message>
    <message>
        <source>Remove the selected statement and its tally</source>
        <translation>Quitar la afirmación seleccionada y su recuento</translation>
    </message>
    <message>
        <source>In the ratings</source>
        <translation>En las calificaciones</translation>
    </message>
    <message>
        <source>Move the selected statement up</source>
        <translation>Subir la afirmación seleccionada</translation>
    </message>
    <message>
        <source>Move the selected statement down</source>
        <translation>Bajar la afirmación seleccionada</translation>
    </message>
    <message>
        <source>Count one more hand for the selected rating</source>
        <translation>Contar una mano más para la calificación seleccionada</translation>
    </message>
    <message>
        <source>Count one hand less</source>
        <translation>Contar una mano menos</translation>
    </message>
    <message>
        <source>Add a partner organisation</source>
        <translation>Añadir una organización socia</translation>
    </message>
    <message>
        <source>Change who may see the selected cell</source>
        <translation>Cambiar quién puede ver la celda seleccionada</translation>
    </message>
    <message>
        <source>In the partners</source>
        <translation>En los socios</translation>
    </message>
    <message>
        <source>Mark the selected decision or action read back, or not yet</source>
        <translation>Marcar la decisión o acción seleccionada como releída, o aún no</translation>
    </message>
    <message>
        <source>In the read-back list</source>
        <translation>En la lista para releer</translation>
    </message>
</context>
<context>
    <name>SideLists</name>
    <message>
        <source>Decisions, actions, parking lot and notes</source>
        <translation>Decisiones, acciones, estacionamiento de temas y notas</translation>
    </message>
    <message>
        <source>Decision, then Enter</source>
        <translation>Decisión, luego Enter</translation>
    </message>
    <message>
        <source>Action, then Enter</source>
        <translation>Acción, luego Enter</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Park a topic for later, then Enter</source>
        <translation>Estacionar un tema para después, luego Enter</translation>
    </message>
    <message>
        <source>Private note, then Enter (never shown or exported to partners)</source>
        <translation>Nota privada, luego Enter (nunca se muestra ni se exporta a los socios)</translation>
    </message>
    <message>
        <source>Facilitator note</source>
        <translation>Nota de facilitación</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Decisions (Ctrl+Shift+D)</source>
        <translation>Decisiones (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Action items (Ctrl+Shift+A)</source>
        <translation>Acciones (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Estacionados</translation>
    </message>
    <message>
        <source>Parking lot (Ctrl+Shift+P)</source>
        <translation>Estacionamiento de temas (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Mis notas</translation>
    </message>
    <message>
        <source>Facilitator notes: private, never shown or exported to partners (Ctrl+Shift+F)</source>
        <translation>Notas de facilitación: privadas, nunca se muestran ni se exportan a los socios (Ctrl+Shift+F)</translation>
    </message>
</context>
<context>
    <name>SignInModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation written</source>
        <translation>Organización escrita</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Encontrado por</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>No partner organisation</source>
        <translation>Ninguna organización socia</translation>
    </message>
    <message>
        <source>Not found: choose a partner or leave it skipped</source>
        <translation>No encontrado: elegir un socio o dejarlo omitido</translation>
    </message>
    <message>
        <source>Organisation, exactly</source>
        <translation>Organización, exacta</translation>
    </message>
    <message>
        <source>Organisation, other capitals</source>
        <translation>Organización, con otras mayúsculas</translation>
    </message>
    <message>
        <source>Start of the organisation&apos;s name</source>
        <translation>Comienzo del nombre de la organización</translation>
    </message>
    <message>
        <source>Name on the roster</source>
        <translation>Nombre en la lista</translation>
    </message>
</context>
<context>
    <name>SignInPreview</name>
    <message>
        <source>Sign-in list: check who came with whom</source>
        <translation>Lista de registro: revisar quién vino con quién</translation>
    </message>
    <message>
        <source>People on the sign-in list</source>
        <translation>Personas de la lista de registro</translation>
    </message>
    <message>
        <source>No partner organisation</source>
        <translation>Ninguna organización socia</translation>
    </message>
    <message>
        <source>Skip: not ticked</source>
        <translation>Omitir: sin marcar</translation>
    </message>
    <message>
        <source>Check the Partner column: F2 or typing on it chooses another partner, or Skip. People not found are skipped unless you choose their partner.</source>
        <translation>Revisar la columna Socio: F2 o escribir en ella elige otro socio, u Omitir. Las personas no encontradas se omiten salvo que se elija su socio.</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Qué hará la importación</translation>
    </message>
    <message>
        <source>{n} of {total} people will be ticked present; {s} skipped.</source>
        <translation>Se marcarán como presentes {n} de {total} personas; {s} omitidas.</translation>
    </message>
    <message>
        <source>Tick {n} present</source>
        <translation>Marcar {n} presentes</translation>
    </message>
    <message>
        <source>Tick the people not skipped present</source>
        <translation>Marcar como presentes a las personas no omitidas</translation>
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
        <translation>Acción</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Actions of earlier meetings</source>
        <translation>Acciones de reuniones anteriores</translation>
    </message>
    <message>
        <source>How the earlier actions stand</source>
        <translation>Cómo van las acciones anteriores</translation>
    </message>
    <message>
        <source>Note kept with the new status</source>
        <translation>Nota que se guarda con el nuevo estado</translation>
    </message>
    <message>
        <source>What was delivered, or why it was dropped</source>
        <translation>Qué se entregó, o por qué se descartó</translation>
    </message>
    <message>
        <source>Done ✔ (Alt+D)</source>
        <translation>Hecha ✔ (Alt+D)</translation>
    </message>
    <message>
        <source>In progress (Alt+I)</source>
        <translation>En curso (Alt+I)</translation>
    </message>
    <message>
        <source>Dropped ✘ (Alt+R)</source>
        <translation>Descartada ✘ (Alt+R)</translation>
    </message>
    <message>
        <source>Open again (Alt+P)</source>
        <translation>Abrir de nuevo (Alt+P)</translation>
    </message>
    <message>
        <source>Earlier actions, by owner</source>
        <translation>Acciones anteriores, por responsable</translation>
    </message>
    <message>
        <source>&amp;Note with the status:</source>
        <translation>&amp;Nota con el estado:</translation>
    </message>
    <message>
        <source>Parked at earlier meetings</source>
        <translation>Estacionados en reuniones anteriores</translation>
    </message>
    <message>
        <source>Bring in (Ctrl+Return)</source>
        <translation>Retomar (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Bring the selected parked topics into this meeting</source>
        <translation>Retomar en esta reunión los temas estacionados seleccionados</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Parked at</source>
        <translation>Estacionado en</translation>
    </message>
    <message>
        <source>A topic for this meeting, then Enter</source>
        <translation>Un tema para esta reunión, luego Enter</translation>
    </message>
    <message>
        <source>Parked earlier</source>
        <translation>Estacionados antes</translation>
    </message>
    <message>
        <source>Topics for today</source>
        <translation>Temas para hoy</translation>
    </message>
    <message numerus="yes">
        <source>{status}, due {due}: %n day overdue</source>
        <translation>
            <numerusform>{status}, vence {due}: %n día de retraso</numerusform>
            <numerusform>{status}, vence {due}: %n días de retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{status}, due {due}: %n days overdue</source>
        <translation>
            <numerusform>{status}, vence {due}: %n día de retraso</numerusform>
            <numerusform>{status}, vence {due}: %n días de retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>{status}, due {due}</source>
        <translation>{status}, vence {due}</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>sin responsable aún</translation>
    </message>
    <message>
        <source>Agreed at {meeting}</source>
        <translation>Acordada en {meeting}</translation>
    </message>
    <message>
        <source>This is the collaboration&apos;s first meeting.</source>
        <translation>Esta es la primera reunión de la colaboración.</translation>
    </message>
    <message>
        <source>{n} actions listed: {open} not finished.</source>
        <translation>{n} acciones en la lista: {open} sin terminar.</translation>
    </message>
    <message>
        <source>Select an action in the list first.</source>
        <translation>Primero hay que seleccionar una acción de la lista.</translation>
    </message>
    <message>
        <source>Select a parked topic first.</source>
        <translation>Primero hay que seleccionar un tema estacionado.</translation>
    </message>
    <message numerus="yes">
        <source>Bring %n parked topic(s) into this meeting</source>
        <translation>
            <numerusform>Retomar %n tema estacionado en esta reunión</numerusform>
            <numerusform>Retomar %n temas estacionados en esta reunión</numerusform>
        </translation>
    </message>
    <message>
        <source>{status}, due {due}: {n} days overdue</source>
        <translation type="vanished">{status}, vence {due}: {n} días de retraso</translation>
    </message>
    <message>
        <source>Bring {n} parked topic(s) into this meeting</source>
        <translation type="vanished">Retomar {n} tema(s) estacionado(s) en esta reunión</translation>
    </message>
</context>
<context>
    <name>StakeholderMapPanel</name>
    <message>
        <source>Power</source>
        <translation>Poder</translation>
    </message>
    <message>
        <source>&amp;Power:</source>
        <translation>&amp;Poder:</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interés</translation>
    </message>
    <message>
        <source>&amp;Interest:</source>
        <translation>&amp;Interés:</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Parte interesada</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Invite?</source>
        <translation>¿Invitar?</translation>
    </message>
    <message>
        <source>✔ Invite</source>
        <translation>✔ Invitar</translation>
    </message>
    <message>
        <source>Who else is affected or missing? Then Enter</source>
        <translation>¿A quién más afecta o quién falta? Luego Enter</translation>
    </message>
    <message>
        <source>Choose power and interest (Alt+P, Alt+I), type who it is and press Enter. Ctrl+Return invites the selected stakeholders.</source>
        <translation>Elegir poder e interés (Alt+P, Alt+I), escribir quién es y pulsar Enter. Ctrl+Return invita a las partes interesadas seleccionadas.</translation>
    </message>
    <message>
        <source>Invite the selected (Ctrl+Return)</source>
        <translation>Invitar a los seleccionados (Ctrl+Return)</translation>
    </message>
    <message>
        <source>I&amp;nvitations (action items: give each an owner and a date)</source>
        <translation>Invitacio&amp;nes (acciones: dar a cada una un responsable y una fecha)</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitación</translation>
    </message>
    <message>
        <source>Another action, then Tab for owner and due date; Enter</source>
        <translation>Otra acción, luego Tab para responsable y fecha límite; Enter</translation>
    </message>
    <message>
        <source>Select a stakeholder in the list first.</source>
        <translation>Primero hay que seleccionar una parte interesada de la lista.</translation>
    </message>
    <message>
        <source>Every selected stakeholder is already invited.</source>
        <translation>Todas las partes interesadas seleccionadas ya están invitadas.</translation>
    </message>
    <message>
        <source>In&amp;vitations (action items: give each an owner and a date)</source>
        <translation type="vanished">Invitacio&amp;nes (acciones: dar a cada una un responsable y una fecha)</translation>
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
        <translation>(invitar)</translation>
    </message>
    <message>
        <source>Invite {name} to the partnership</source>
        <translation>Invitar a {name} a la alianza</translation>
    </message>
    <message>
        <source>Invite: {names}</source>
        <translation>Invitar: {names}</translation>
    </message>
    <message>
        <source>High power</source>
        <translation>Poder alto</translation>
    </message>
    <message>
        <source>Low power</source>
        <translation>Poder bajo</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>Sin ubicar</translation>
    </message>
    <message>
        <source>High interest</source>
        <translation>Interés alto</translation>
    </message>
    <message>
        <source>Low interest</source>
        <translation>Interés bajo</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Mantener satisfecho</translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation>Gestionar de cerca</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Observar</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Mantener informado</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>sound</source>
        <translation>en buen estado</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>DAÑADA</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder} ({reason}). Your database is unchanged.</source>
        <translation>No se pudo escribir la copia de seguridad en {folder} ({reason}). La base de datos no cambió.</translation>
    </message>
    <message>
        <source>The backup of {path} failed its check, so it was not kept. The database itself may be damaged.</source>
        <translation>La copia de seguridad de {path} no pasó la verificación, así que no se conservó. La propia base de datos puede estar dañada.</translation>
    </message>
    <message>
        <source>The backup {backup} is damaged or unreadable; choose another one.</source>
        <translation>La copia de seguridad {backup} está dañada o no se puede leer; elegir otra.</translation>
    </message>
    <message>
        <source>{path} is still open. Close it before restoring a backup.</source>
        <translation>{path} sigue abierto. Cerrarlo antes de restaurar una copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup could not be restored to {path} ({reason}).</source>
        <translation>No se pudo restaurar la copia de seguridad en {path} ({reason}).</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>la base de datos</translation>
    </message>
    <message>
        <source>The disk is full, so the last change could not be saved. Free some space; what you typed is kept on screen.</source>
        <translation>El disco está lleno, así que no se pudo guardar el último cambio. Liberar espacio; lo escrito se conserva en pantalla.</translation>
    </message>
    <message>
        <source>{where} could not be written: the disk may be full or removed. Free some space or reconnect the disk; what you typed is kept on screen.</source>
        <translation>No se pudo escribir en {where}: el disco puede estar lleno o desconectado. Liberar espacio o volver a conectar el disco; lo escrito se conserva en pantalla.</translation>
    </message>
    <message>
        <source>{where} cannot be written (it is read-only). Choose a folder you can write to.</source>
        <translation>No se puede escribir en {where} (es de solo lectura). Elegir una carpeta con permiso de escritura.</translation>
    </message>
    <message>
        <source>{where} is damaged or is not a Workshop App database.</source>
        <translation>{where} está dañada o no es una base de datos de Workshop App.</translation>
    </message>
    <message>
        <source>{where} is busy: another program is using it. Close the other copy of Workshop App and try again.</source>
        <translation>{where} está ocupada: otro programa la está usando. Cerrar la otra copia de Workshop App y volver a intentarlo.</translation>
    </message>
    <message>
        <source>{where} could not be opened or written (disk error). Check that the folder exists and the disk is connected.</source>
        <translation>No se pudo abrir ni escribir en {where} (error de disco). Comprobar que la carpeta exista y que el disco esté conectado.</translation>
    </message>
    <message>
        <source>{path} is not a database file.</source>
        <translation>{path} no es un archivo de base de datos.</translation>
    </message>
    <message>
        <source>{path} kept being replaced by another program while opening it; try again.</source>
        <translation>Otro programa reemplazaba {path} una y otra vez mientras se abría; volver a intentarlo.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>No hay ninguna base de datos en {path}.</translation>
    </message>
    <message>
        <source>{path} cannot be opened ({reason}).</source>
        <translation>No se puede abrir {path} ({reason}).</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written (it is read-only), so Workshop App cannot save there. Copy the database to a folder you can write to.</source>
        <translation>No se puede escribir en la carpeta {folder} (es de solo lectura), así que Workshop App no puede guardar allí. Copiar la base de datos a una carpeta con permiso de escritura.</translation>
    </message>
    <message>
        <source>{path} is already open in another copy of Workshop App{holder}. Use that window, or close it and try again; nothing has been changed.</source>
        <translation>{path} ya está abierto en otra copia de Workshop App{holder}. Usar esa ventana, o cerrarla y volver a intentarlo; no se cambió nada.</translation>
    </message>
    <message>
        <source>{path} cannot be locked ({reason}).</source>
        <translation>No se puede bloquear {path} ({reason}).</translation>
    </message>
    <message>
        <source> (process {pid})</source>
        <translation> (proceso {pid})</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened safely. It has not been changed. Restore the newest backup to go on working.</source>
        <translation>{path} está dañado y no se puede abrir de forma segura. No se modificó. Restaurar la copia de seguridad más reciente para seguir trabajando.</translation>
    </message>
    <message>
        <source>{path} cannot be used: part of its folder path is a file, not a folder.</source>
        <translation>No se puede usar {path}: una parte de su ruta de carpetas es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} es una carpeta, no un archivo de base de datos.</translation>
    </message>
    <message>
        <source>{path} cannot be read: permission denied.</source>
        <translation>No se puede leer {path}: permiso denegado.</translation>
    </message>
    <message>
        <source>{path} is not a Workshop App database, or it is damaged.</source>
        <translation>{path} no es una base de datos de Workshop App, o está dañado.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created ({reason}). Choose another place for the database.</source>
        <translation>No se puede crear la carpeta {folder} ({reason}). Elegir otro lugar para la base de datos.</translation>
    </message>
    <message>
        <source>{path} cannot be opened in safe-write (WAL) mode.</source>
        <translation>No se puede abrir {path} en modo de escritura segura (WAL).</translation>
    </message>
    <message>
        <source>{path} was saved by a newer version of Workshop App (format {found}; this version reads up to {known}). Update the app to open it; the file has not been changed.</source>
        <translation>{path} se guardó con una versión más reciente de Workshop App (formato {found}; esta versión lee hasta el {known}). Actualizar la aplicación para abrirlo; el archivo no se modificó.</translation>
    </message>
    <message>
        <source>Some text holds characters that are not valid Unicode and cannot be saved; nothing was changed. Retype it.</source>
        <translation>Parte del texto contiene caracteres que no son Unicode válido y no se pueden guardar; no se cambió nada. Volver a escribirlo.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>No indicator has been adopted yet (or the votes are still hidden).</source>
        <translation>Todavía no se adoptó ningún indicador (o los votos siguen ocultos).</translation>
    </message>
    <message>
        <source>The adopted indicators ({n})</source>
        <translation>Los indicadores adoptados ({n})</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Atención</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Equilibrado</translation>
    </message>
    <message>
        <source>The set mixes financial and other measures, has a leading indicator, and gives every partner something to report.</source>
        <translation>El conjunto combina medidas financieras y de otro tipo, tiene un indicador adelantado y da a cada socio algo que informar.</translation>
    </message>
    <message>
        <source>Adopted indicators</source>
        <translation>Indicadores adoptados</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Nothing was recorded in this block.</source>
        <translation>No se registró nada en este bloque.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Media enquiries</source>
        <translation>Consultas de los medios</translation>
    </message>
    <message>
        <source>Records requests</source>
        <translation>Solicitudes de registros</translation>
    </message>
    <message>
        <source>How we warn each other</source>
        <translation>Cómo nos avisamos</translation>
    </message>
    <message>
        <source>Review time</source>
        <translation>Tiempo de revisión</translation>
    </message>
    <message>
        <source>No communication contacts were recorded.</source>
        <translation>No se registraron contactos de comunicación.</translation>
    </message>
    <message>
        <source>No sharing commitments were recorded.</source>
        <translation>No se registraron compromisos de compartir datos.</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Compartido por</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilidad</translation>
    </message>
    <message>
        <source>Legal constraints</source>
        <translation>Restricciones legales</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Acordado</translation>
    </message>
    <message>
        <source>Partnership history to watch</source>
        <translation>Historia de la alianza a vigilar</translation>
    </message>
    <message>
        <source>✔ Agreed</source>
        <translation>✔ Acordado</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Aún no</translation>
    </message>
    <message>
        <source>{n} questions for the evaluation; {agreed} agreed.</source>
        <translation>{n} preguntas para la evaluación; {agreed} acordadas.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Para quién</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Para cuándo</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Agreed?</source>
        <translation>¿Acordada?</translation>
    </message>
    <message>
        <source>No questions for the evaluation were recorded.</source>
        <translation>No se registraron preguntas para la evaluación.</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Aportado por</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>From phones</source>
        <translation>Desde teléfonos</translation>
    </message>
    <message>
        <source>Open questions (follow-ups)</source>
        <translation>Preguntas abiertas (seguimiento)</translation>
    </message>
    <message>
        <source>No facts were recorded.</source>
        <translation>No se registraron hechos.</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <source>{agreed} of {n} points agreed.</source>
        <translation>{agreed} de {n} puntos acordados.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>What we said</source>
        <translation>Lo que dijimos</translation>
    </message>
    <message>
        <source>Not yet discussed</source>
        <translation>Aún sin tratar</translation>
    </message>
    <message>
        <source>No governance points were recorded.</source>
        <translation>No se registraron puntos de gobernanza.</translation>
    </message>
    <message>
        <source>There are no indicators to vote on yet.</source>
        <translation>Todavía no hay indicadores para votar.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Votes per indicator</source>
        <translation>Votos por indicador</translation>
    </message>
    <message>
        <source>Vote: {method}. Decision rule, set before the vote: {rule}</source>
        <translation>Votación: {method}. Regla de decisión, fijada antes de votar: {rule}</translation>
    </message>
    <message>
        <source>Results hidden</source>
        <translation>Resultados ocultos</translation>
    </message>
    <message>
        <source>The votes are not shown until the facilitator reveals them.</source>
        <translation>Los votos no se muestran hasta que la facilitación los revele.</translation>
    </message>
    <message>
        <source>Votes from phones: {phones}; by hand: {hands}.</source>
        <translation>Votos desde teléfonos: {phones}; a mano: {hands}.</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Desacuerdo</translation>
    </message>
    <message>
        <source>No indicators were proposed.</source>
        <translation>No se propusieron indicadores.</translation>
    </message>
    <message>
        <source>What it measures</source>
        <translation>Qué mide</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Financiero</translation>
    </message>
    <message>
        <source>Leading or lagging</source>
        <translation>Adelantado o rezagado</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Fuente de datos</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Score against the criteria</source>
        <translation>Puntuación según los criterios</translation>
    </message>
    <message>
        <source>Scored “No” on</source>
        <translation>Puntuado “No” en</translation>
    </message>
    <message>
        <source>Data for each indicator</source>
        <translation>Datos de cada indicador</translation>
    </message>
    <message>
        <source>Scored against the criteria</source>
        <translation>Puntuación según los criterios</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>{needs} needs {n} from {gives}</source>
        <translation>{needs} necesita {n} de {gives}</translation>
    </message>
    <message>
        <source>Who needs what from whom (number of needs)</source>
        <translation>Quién necesita qué de quién (número de necesidades)</translation>
    </message>
    <message>
        <source>needs…</source>
        <translation>necesita…</translation>
    </message>
    <message>
        <source>…from</source>
        <translation>…de</translation>
    </message>
    <message>
        <source>{n} needs named; {promised} promised.</source>
        <translation>{n} necesidades nombradas; {promised} prometidas.</translation>
    </message>
    <message>
        <source>✔ Promised</source>
        <translation>✔ Prometido</translation>
    </message>
    <message>
        <source>Who needs it</source>
        <translation>Quién lo necesita</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Promised?</source>
        <translation>¿Prometido?</translation>
    </message>
    <message>
        <source>No needs were named.</source>
        <translation>No se nombraron necesidades.</translation>
    </message>
    <message>
        <source>No criteria were recorded.</source>
        <translation>No se registraron criterios.</translation>
    </message>
    <message>
        <source>leading</source>
        <translation>adelantado</translation>
    </message>
    <message>
        <source>lagging</source>
        <translation>rezagado</translation>
    </message>
    <message>
        <source>baseline {v}</source>
        <translation>línea de base {v}</translation>
    </message>
    <message>
        <source>target {v}</source>
        <translation>meta {v}</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>aún sin medir</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Medido</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>No measurements were recorded at this meeting.</source>
        <translation>No se registraron mediciones en esta reunión.</translation>
    </message>
    <message>
        <source>No partnership history was recorded.</source>
        <translation>No se registró historia de la alianza.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>What they did together</source>
        <translation>Lo que hicieron juntos</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Lesson learned</source>
        <translation>Lección aprendida</translation>
    </message>
    <message>
        <source>Failed history</source>
        <translation>Historia fallida</translation>
    </message>
    <message>
        <source>Build trust before asking these partners to share data: {pairs}.</source>
        <translation>Construir confianza antes de pedir a estos socios que compartan datos: {pairs}.</translation>
    </message>
    <message>
        <source>No shared history</source>
        <translation>Sin historia compartida</translation>
    </message>
    <message>
        <source>No positions or interests were recorded.</source>
        <translation>No se registraron posiciones ni intereses.</translation>
    </message>
    <message>
        <source>Interests we share</source>
        <translation>Intereses que compartimos</translation>
    </message>
    <message>
        <source>Stated position</source>
        <translation>Posición planteada</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interés</translation>
    </message>
    <message>
        <source>Stated by</source>
        <translation>Planteada por</translation>
    </message>
    <message>
        <source>Positions, interests and who stated them</source>
        <translation>Posiciones, intereses y quién los planteó</translation>
    </message>
    <message>
        <source>Positions and the interests behind them</source>
        <translation>Posiciones y los intereses detrás de ellas</translation>
    </message>
    <message>
        <source>{partners} partners bring {n} resources; {gaps} needed, nobody brings yet.</source>
        <translation>{partners} socios aportan {n} recursos; {gaps} necesarios que nadie aporta aún.</translation>
    </message>
    <message>
        <source>{partners} partners bring {n} resources; no gaps named.</source>
        <translation>{partners} socios aportan {n} recursos; no se nombraron vacíos.</translation>
    </message>
    <message>
        <source>{met} of {needs} needs met.</source>
        <translation>{met} de {needs} necesidades cubiertas.</translation>
    </message>
    <message>
        <source>Needed, nobody brings yet</source>
        <translation>Se necesita, nadie lo aporta aún</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Se necesita</translation>
    </message>
    <message>
        <source>No resources were named.</source>
        <translation>No se nombraron recursos.</translation>
    </message>
    <message>
        <source>The issue was not scoped.</source>
        <translation>El problema no se delimitó.</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Todos los socios</translation>
    </message>
    <message>
        <source>All other partners</source>
        <translation>Todos los demás socios</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>{words} ({letter})</source>
        <translation>{words} ({letter})</translation>
    </message>
    <message>
        <source>D decides; C is consulted before; I is informed after.</source>
        <translation>D decide; C se consulta antes; I se informa después.</translation>
    </message>
    <message>
        <source>Nobody decides yet</source>
        <translation>Todavía nadie decide</translation>
    </message>
    <message>
        <source>No decisions were named.</source>
        <translation>No se nombraron decisiones.</translation>
    </message>
    <message>
        <source>No vision statements were proposed.</source>
        <translation>No se propusieron frases de visión.</translation>
    </message>
    <message>
        <source>No commitments were put to the room.</source>
        <translation>No se presentaron compromisos a la sala.</translation>
    </message>
    <message>
        <source>{n} of {total} commitments were agreed; they form the draft information-sharing agreement.</source>
        <translation>Se acordaron {n} de {total} compromisos; forman el borrador de acuerdo para compartir información.</translation>
    </message>
    <message>
        <source>Not yet agreed</source>
        <translation>Aún no acordado</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>sin responsable aún</translation>
    </message>
    <message numerus="yes">
        <source>{status}, %n day overdue</source>
        <translation>
            <numerusform>{status}, %n día de retraso</numerusform>
            <numerusform>{status}, %n días de retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{status}, %n days overdue</source>
        <translation>
            <numerusform>{status}, %n día de retraso</numerusform>
            <numerusform>{status}, %n días de retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>sin fecha aún</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Since the last meeting: {done} done, {dropped} dropped; {open} still open, {late} of them overdue.</source>
        <translation>Desde la última reunión: {done} hechas, {dropped} descartadas; {open} aún abiertas, {late} de ellas vencidas.</translation>
    </message>
    <message>
        <source>Some actions of earlier meetings are not for this audience.</source>
        <translation>Algunas acciones de reuniones anteriores no son para este público.</translation>
    </message>
    <message>
        <source>Decisions of the last meeting ({meeting})</source>
        <translation>Decisiones de la última reunión ({meeting})</translation>
    </message>
    <message>
        <source>Brought into this meeting</source>
        <translation>Retomado en esta reunión</translation>
    </message>
    <message>
        <source>{topic} (parked at {meeting})</source>
        <translation>{topic} (estacionado en {meeting})</translation>
    </message>
    <message>
        <source>Nothing was followed up from earlier meetings.</source>
        <translation>No se dio seguimiento a nada de reuniones anteriores.</translation>
    </message>
    <message>
        <source>No stakeholders were named.</source>
        <translation>No se nombraron partes interesadas.</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Parte interesada</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Poder</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Invite?</source>
        <translation>¿Invitar?</translation>
    </message>
    <message>
        <source>✔ Invite</source>
        <translation>✔ Invitar</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitación</translation>
    </message>
    <message>
        <source>The ratings were not revealed to the room and are left out of this summary.</source>
        <translation>Las calificaciones no se revelaron a la sala y se omiten en este resumen.</translation>
    </message>
    <message>
        <source>No ratings were entered.</source>
        <translation>No se ingresaron calificaciones.</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Calificaciones</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Promedio</translation>
    </message>
    <message>
        <source>Trust check-in</source>
        <translation>Sondeo de confianza</translation>
    </message>
    <message>
        <source>Ratings from phones: {phones}; by hand: {hands}.</source>
        <translation>Calificaciones desde teléfonos: {phones}; a mano: {hands}.</translation>
    </message>
    <message>
        <source>No viewpoints were recorded.</source>
        <translation>No se registraron puntos de vista.</translation>
    </message>
    <message>
        <source>There is nothing to vote on yet: type the options, or choose a list.</source>
        <translation>Todavía no hay nada que votar: escribir las opciones o elegir una lista.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Votes per option</source>
        <translation>Votos por opción</translation>
    </message>
    <message>
        <source>Some options are not for this audience and are left out.</source>
        <translation>Algunas opciones no son para este público y se omiten.</translation>
    </message>
    <message>
        <source>No partners were recorded.</source>
        <translation>No se registraron socios.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>People present</source>
        <translation>Personas presentes</translation>
    </message>
    <message>
        <source>Brings</source>
        <translation>Aporta</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesita</translation>
    </message>
    <message>
        <source>Answers to</source>
        <translation>Responde ante</translation>
    </message>
    <message>
        <source>No partner organisation</source>
        <translation>Ninguna organización socia</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>{n} people came from {m} partner organisations.</source>
        <translation>{n} personas vinieron de {m} organizaciones socias.</translation>
    </message>
    <message>
        <source>Not represented: {names}.</source>
        <translation>Sin representación: {names}.</translation>
    </message>
    <message>
        <source>Withheld: the names of those present are not for this audience.</source>
        <translation>Reservado: los nombres de las personas presentes no son para este público.</translation>
    </message>
    <message>
        <source>Draft information-sharing agreement</source>
        <translation>Borrador de acuerdo para compartir información</translation>
    </message>
    <message>
        <source>Decides</source>
        <translation>Decide</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Consultado</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Informado</translation>
    </message>
    <message>
        <source>{status}, {n} days overdue</source>
        <translation type="vanished">{status}, {n} días de retraso</translation>
    </message>
</context>
<context>
    <name>TallyModel</name>
    <message>
        <source>Statement</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>1
not at all</source>
        <translation>1
nada</translation>
    </message>
    <message>
        <source>5
completely</source>
        <translation>5
totalmente</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Calificaciones</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Promedio</translation>
    </message>
    <message>
        <source>{n} rated {r}</source>
        <translation>{n} calificaron {r}</translation>
    </message>
    <message>
        <source>{value!r} is not a number; type how many people gave this rating.</source>
        <translation>{value!r} no es un número; escribir cuántas personas dieron esta calificación.</translation>
    </message>
</context>
<context>
    <name>TemplateChoice</name>
    <message numerus="yes">
        <source>%n block(s), {total}: {start} to {end}</source>
        <translation>
            <numerusform>%n bloque, {total}: de {start} a {end}</numerusform>
            <numerusform>%n bloques, {total}: de {start} a {end}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n block(s), {total} in all</source>
        <translation>
            <numerusform>%n bloque, {total} en total</numerusform>
            <numerusform>%n bloques, {total} en total</numerusform>
        </translation>
    </message>
    <message>
        <source>Whatever you plan next.</source>
        <translation>Lo que se planifique a continuación.</translation>
    </message>
    <message>
        <source>Your template, kept on this computer.</source>
        <translation>Plantilla propia, guardada en esta computadora.</translation>
    </message>
    <message>
        <source>Next meeting:</source>
        <translation>Próxima reunión:</translation>
    </message>
    <message>
        <source>Agenda template</source>
        <translation>Plantilla de agenda</translation>
    </message>
    <message>
        <source>What the template holds</source>
        <translation>Qué contiene la plantilla</translation>
    </message>
    <message>
        <source>Problem with a template file</source>
        <translation>Problema con un archivo de plantilla</translation>
    </message>
    <message>
        <source>&amp;Import a template…</source>
        <translation>&amp;Importar una plantilla…</translation>
    </message>
    <message>
        <source>Import a template file</source>
        <translation>Importar un archivo de plantilla</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export the chosen template to a file</source>
        <translation>Exportar la plantilla elegida a un archivo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the chosen template of yours</source>
        <translation>Eliminar la plantilla propia elegida</translation>
    </message>
    <message>
        <source>{name} ({total})</source>
        <translation>{name} ({total})</translation>
    </message>
    <message>
        <source>{template} — yours</source>
        <translation>{template} — propia</translation>
    </message>
    <message>
        <source>Only your own templates can be deleted; this one comes with the app.</source>
        <translation>Solo se pueden eliminar las plantillas propias; esta viene con la aplicación.</translation>
    </message>
    <message>
        <source>Import a template</source>
        <translation>Importar una plantilla</translation>
    </message>
    <message>
        <source>Template files (*.json);;All files (*)</source>
        <translation>Archivos de plantilla (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export the template</source>
        <translation>Exportar la plantilla</translation>
    </message>
    <message>
        <source>Template files (*.json)</source>
        <translation>Archivos de plantilla (*.json)</translation>
    </message>
    <message>
        <source>Exported “{name}” to {path}.</source>
        <translation>Se exportó “{name}” a {path}.</translation>
    </message>
    <message>
        <source>Delete your template “{name}”? Workshops planned from it keep their agendas.</source>
        <translation>¿Eliminar la plantilla propia “{name}”? Los talleres planificados con ella conservan sus agendas.</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Eliminar plantilla</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>{name} is not a Workshop App template file.</source>
        <translation>{name} no es un archivo de plantilla de Workshop App.</translation>
    </message>
    <message>
        <source>{name} is too large to be a template file.</source>
        <translation>{name} es demasiado grande para ser un archivo de plantilla.</translation>
    </message>
    <message>
        <source>{name} is not a Workshop App template file (it is not valid JSON).</source>
        <translation>{name} no es un archivo de plantilla de Workshop App (no es JSON válido).</translation>
    </message>
    <message>
        <source>{name} is damaged: it holds text that is not valid Unicode. Nothing was kept.</source>
        <translation>{name} está dañado: contiene texto que no es Unicode válido. No se conservó nada.</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Workshop App; update the app to use it.</source>
        <translation>{name} se creó con una versión más reciente de Workshop App; actualizar la aplicación para usarlo.</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>el nivel superior</translation>
    </message>
    <message>
        <source>{name} is not a template this app can use: at {where}, {problem}.</source>
        <translation>{name} no es una plantilla que esta aplicación pueda usar: en {where}, {problem}.</translation>
    </message>
    <message>
        <source>the block kind {kind!r} is not one this version knows</source>
        <translation>esta versión no conoce el tipo de bloque {kind!r}</translation>
    </message>
    <message>
        <source>this records a meeting, not a plan</source>
        <translation>esto registra una reunión, no un plan</translation>
    </message>
    <message>
        <source>the blocks add up to {total} minutes, not {stated}</source>
        <translation>los bloques suman {total} minutos, no {stated}</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}.</source>
        <translation>No se puede leer {name}: {reason}.</translation>
    </message>
    <message>
        <source>the template</source>
        <translation>la plantilla</translation>
    </message>
    <message>
        <source>You already have a template called “{name}”: choose another name, or delete that one first.</source>
        <translation>Ya existe una plantilla propia llamada “{name}”: elegir otro nombre, o eliminar primero esa.</translation>
    </message>
    <message>
        <source>Cannot make the templates folder {folder}: {reason}.</source>
        <translation>No se puede crear la carpeta de plantillas {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Falta darle un nombre a la plantilla.</translation>
    </message>
    <message>
        <source>The agenda has no blocks to keep as a template.</source>
        <translation>La agenda no tiene bloques para guardar como plantilla.</translation>
    </message>
    <message>
        <source>Only your own templates can be deleted.</source>
        <translation>Solo se pueden eliminar las plantillas propias.</translation>
    </message>
    <message>
        <source>Cannot delete {path}: {reason}.</source>
        <translation>No se puede eliminar {path}: {reason}.</translation>
    </message>
    <message>
        <source>First partnership meeting</source>
        <translation>Primera reunión de la alianza</translation>
    </message>
    <message>
        <source>Part one of two. Introductions, history and trust, the issue and its facts; first ideas for measures and for what each partner could share. Nothing is voted on yet.</source>
        <translation>Primera parte de dos. Presentaciones, historia y confianza, el problema y sus hechos; primeras ideas de medidas y de lo que cada socio podría compartir. Todavía no se vota nada.</translation>
    </message>
    <message>
        <source>Follow-up meeting: choose the criteria, agree the indicators by vote, check their balance, name media contacts and sign the information-sharing agreement.</source>
        <translation>Reunión de seguimiento: elegir los criterios, acordar los indicadores por votación, revisar su equilibrio, nombrar contactos para los medios y firmar el acuerdo para compartir información.</translation>
    </message>
    <message>
        <source>Introductions: who is at the table</source>
        <translation>Presentaciones: quién está en la mesa</translation>
    </message>
    <message>
        <source>Our partnership history</source>
        <translation>Nuestra historia como socios</translation>
    </message>
    <message>
        <source>Trust check-in</source>
        <translation>Sondeo de confianza</translation>
    </message>
    <message>
        <source>Hopes, concerns and how we work together</source>
        <translation>Esperanzas, preocupaciones y cómo trabajamos juntos</translation>
    </message>
    <message>
        <source>Scoping the issue</source>
        <translation>Delimitar el problema</translation>
    </message>
    <message>
        <source>From positions to interests</source>
        <translation>De las posiciones a los intereses</translation>
    </message>
    <message>
        <source>Building a common fact base</source>
        <translation>Construir una base común de hechos</translation>
    </message>
    <message>
        <source>Measures of success: first ideas</source>
        <translation>Medidas de éxito: primeras ideas</translation>
    </message>
    <message>
        <source>Information sharing: what each could share</source>
        <translation>Compartir información: qué podría compartir cada uno</translation>
    </message>
    <message>
        <source>Wrap-up: decisions and actions</source>
        <translation>Cierre: decisiones y acciones</translation>
    </message>
    <message>
        <source>Follow-up meeting</source>
        <translation>Reunión de seguimiento</translation>
    </message>
    <message>
        <source>Part two of two, after the first partnership meeting (or Designing the partnership): follow up the actions agreed last time, check in on trust, judge and vote on the indicators proposed there, check the set&apos;s balance, and commit to sharing data.</source>
        <translation>Segunda parte de dos, después de la primera reunión de la alianza (o de Diseñar la alianza): dar seguimiento a las acciones acordadas la última vez, sondear la confianza, evaluar y votar los indicadores propuestos allí, revisar el equilibrio del conjunto y comprometerse a compartir datos.</translation>
    </message>
    <message>
        <source>90-minute check-in, every one to three months: the trust trend, actions and measures since the last meeting, what was shared.</source>
        <translation>Revisión de 90 minutos, cada uno a tres meses: la tendencia de la confianza, las acciones y medidas desde la última reunión, lo que se compartió.</translation>
    </message>
    <message>
        <source>Since last meeting</source>
        <translation>Desde la última reunión</translation>
    </message>
    <message>
        <source>How we judge indicators</source>
        <translation>Cómo evaluamos los indicadores</translation>
    </message>
    <message>
        <source>Proposed indicators</source>
        <translation>Indicadores propuestos</translation>
    </message>
    <message>
        <source>Agreeing on indicators</source>
        <translation>Acordar los indicadores</translation>
    </message>
    <message>
        <source>Balance check</source>
        <translation>Revisión del equilibrio</translation>
    </message>
    <message>
        <source>Data inventory</source>
        <translation>Inventario de datos</translation>
    </message>
    <message>
        <source>Media and records requests</source>
        <translation>Medios y solicitudes de registros</translation>
    </message>
    <message>
        <source>Our information-sharing agreement</source>
        <translation>Nuestro acuerdo para compartir información</translation>
    </message>
    <message>
        <source>Half-day: the whole arc in one meeting</source>
        <translation>Media jornada: todo el recorrido en una reunión</translation>
    </message>
    <message>
        <source>Everything in one sitting, for partners short of meetings: trust, scope and facts, criteria, indicators and the vote, their balance, what each partner shares and the agreement. Tight timeboxes; plan a break on top.</source>
        <translation>Todo en una sola sesión, para socios con poco tiempo para reuniones: confianza, alcance y hechos, criterios, indicadores y votación, su equilibrio, lo que comparte cada socio y el acuerdo. Tiempos ajustados; planificar una pausa aparte.</translation>
    </message>
    <message>
        <source>90-minute check-in, in one to three months: the trust trend, actions and measures since this meeting, what was shared.</source>
        <translation>Revisión de 90 minutos, dentro de uno a tres meses: la tendencia de la confianza, las acciones y medidas desde esta reunión, lo que se compartió.</translation>
    </message>
    <message>
        <source>Who is at the table</source>
        <translation>Quién está en la mesa</translation>
    </message>
    <message>
        <source>Trust check-in: where we start</source>
        <translation>Sondeo de confianza: dónde empezamos</translation>
    </message>
    <message>
        <source>What exactly are we solving?</source>
        <translation>¿Qué queremos resolver exactamente?</translation>
    </message>
    <message>
        <source>What we know: a common fact base</source>
        <translation>Lo que sabemos: una base común de hechos</translation>
    </message>
    <message>
        <source>What each partner will share</source>
        <translation>Lo que compartirá cada socio</translation>
    </message>
    <message>
        <source>Wrap-up: read back decisions and actions</source>
        <translation>Cierre: releer decisiones y acciones</translation>
    </message>
    <message>
        <source>90-minute check-in</source>
        <translation>Revisión de 90 minutos</translation>
    </message>
    <message>
        <source>Between the big meetings: how trust is holding, what was done since last time, what has changed in the facts, whether the working agreements hold and what data flowed.</source>
        <translation>Entre las reuniones grandes: cómo se sostiene la confianza, qué se hizo desde la última vez, qué cambió en los hechos, si los acuerdos de trabajo se mantienen y qué datos circularon.</translation>
    </message>
    <message>
        <source>Another check-in; or a Follow-up meeting when the measures or the sharing commitments need to be agreed again.</source>
        <translation>Otra revisión; o una Reunión de seguimiento cuando haya que volver a acordar las medidas o los compromisos de compartir datos.</translation>
    </message>
    <message>
        <source>Trust check-in: how are we doing?</source>
        <translation>Sondeo de confianza: ¿cómo vamos?</translation>
    </message>
    <message>
        <source>Since last meeting: our actions</source>
        <translation>Desde la última reunión: nuestras acciones</translation>
    </message>
    <message>
        <source>What our measures say</source>
        <translation>Qué dicen nuestras medidas</translation>
    </message>
    <message>
        <source>What has changed: new facts and open questions</source>
        <translation>Qué cambió: hechos nuevos y preguntas abiertas</translation>
    </message>
    <message>
        <source>Are our working agreements holding?</source>
        <translation>¿Se mantienen nuestros acuerdos de trabajo?</translation>
    </message>
    <message>
        <source>Sharing: what flowed, what next</source>
        <translation>Compartir: qué circuló y qué sigue</translation>
    </message>
    <message>
        <source>Designing the partnership</source>
        <translation>Diseñar la alianza</translation>
    </message>
    <message>
        <source>For a partnership taking on a new issue: agree what success looks like for everyone, what partners need from each other and what each brings, who else should be involved, who decides what, and how the partnership is governed and managed; then put each sector&apos;s view of the issue side by side, scope it and agree the facts.</source>
        <translation>Para una alianza que asume un problema nuevo: acordar cómo se ve el éxito para todos, qué necesitan los socios unos de otros y qué aporta cada uno, quién más debería participar, quién decide qué y cómo se gobierna y coordina la alianza; luego poner lado a lado la visión de cada sector sobre el problema, delimitarlo y acordar los hechos.</translation>
    </message>
    <message>
        <source>Follow-up meeting: turn the vision and the facts into criteria and indicators, vote on them and commit to sharing data.</source>
        <translation>Reunión de seguimiento: convertir la visión y los hechos en criterios e indicadores, votarlos y comprometerse a compartir datos.</translation>
    </message>
    <message>
        <source>Hopes, concerns and working agreements</source>
        <translation>Esperanzas, preocupaciones y acuerdos de trabajo</translation>
    </message>
    <message>
        <source>Our shared vision of success</source>
        <translation>Nuestra visión compartida del éxito</translation>
    </message>
    <message>
        <source>What we need from each other</source>
        <translation>Lo que necesitamos unos de otros</translation>
    </message>
    <message>
        <source>What each of us brings</source>
        <translation>Lo que aporta cada uno</translation>
    </message>
    <message>
        <source>Who else is affected or missing</source>
        <translation>Quién más está afectado o falta</translation>
    </message>
    <message>
        <source>Who decides what</source>
        <translation>Quién decide qué</translation>
    </message>
    <message>
        <source>Governance and a manager</source>
        <translation>Gobernanza y coordinación</translation>
    </message>
    <message>
        <source>How each of us sees the issue</source>
        <translation>Cómo ve cada uno el problema</translation>
    </message>
    <message>
        <source>What we know</source>
        <translation>Lo que sabemos</translation>
    </message>
    <message>
        <source>Where do we start?</source>
        <translation>¿Por dónde empezamos?</translation>
    </message>
    <message>
        <source>Which of these do we take on first?</source>
        <translation>¿Cuál de estos temas abordamos primero?</translation>
    </message>
    <message>
        <source>Planning the evaluation</source>
        <translation>Planificar la evaluación</translation>
    </message>
    <message>
        <source>For a partnership whose measures are agreed and running: decide what the evaluation is for and for whom, look at what the measures say so far, fill the gaps in the indicators, and agree who collects and shares the data it needs.</source>
        <translation>Para una alianza con medidas acordadas y en marcha: decidir para qué y para quién es la evaluación, ver lo que dicen las medidas hasta ahora, cubrir los vacíos de los indicadores y acordar quién recopila y comparte los datos que necesita.</translation>
    </message>
    <message>
        <source>90-minute check-in when the first figures are in: what the measures say, and whether the evaluation answers the questions it was planned for.</source>
        <translation>Revisión de 90 minutos cuando lleguen las primeras cifras: qué dicen las medidas y si la evaluación responde a las preguntas para las que se planificó.</translation>
    </message>
    <message>
        <source>What the evaluation is for, and for whom</source>
        <translation>Para qué y para quién es la evaluación</translation>
    </message>
    <message>
        <source>What our measures say so far</source>
        <translation>Qué dicen nuestras medidas hasta ahora</translation>
    </message>
    <message>
        <source>Do our indicators tell the whole story?</source>
        <translation>¿Nuestros indicadores cuentan toda la historia?</translation>
    </message>
    <message>
        <source>Indicators the evaluation still needs</source>
        <translation>Indicadores que aún necesita la evaluación</translation>
    </message>
    <message>
        <source>Who collects what, and when</source>
        <translation>Quién recopila qué, y cuándo</translation>
    </message>
    <message>
        <source>For each indicator the evaluation uses: who collects the data, how often, and who checks it?</source>
        <translation>Para cada indicador que usa la evaluación: ¿quién recopila los datos, con qué frecuencia y quién los verifica?</translation>
    </message>
    <message>
        <source>Data the evaluation needs from each partner</source>
        <translation>Datos que la evaluación necesita de cada socio</translation>
    </message>
    <message>
        <source>Blank agenda</source>
        <translation>Agenda en blanco</translation>
    </message>
    <message>
        <source>One open discussion block; add your own.</source>
        <translation>Un bloque de conversación abierta; añadir los propios.</translation>
    </message>
    <message>
        <source>Open discussion</source>
        <translation>Conversación abierta</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>There is no theme called {name!r}; choose one of: {names}.</source>
        <translation>No existe ningún tema llamado {name!r}; elegir uno de: {names}.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixta</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>No history</source>
        <translation>Sin historia</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>(partners removed)</source>
        <translation>(socios eliminados)</translation>
    </message>
</context>
<context>
    <name>TrustCheckInPanel</name>
    <message>
        <source>Ratings per statement</source>
        <translation>Calificaciones por afirmación</translation>
    </message>
    <message>
        <source>New statement</source>
        <translation>Nueva afirmación</translation>
    </message>
    <message>
        <source>Another statement to rate, then Enter</source>
        <translation>Otra afirmación para calificar, luego Enter</translation>
    </message>
    <message>
        <source>Remove statement</source>
        <translation>Quitar afirmación</translation>
    </message>
    <message>
        <source>Remove the selected statement and its tally (Ctrl+Del)</source>
        <translation>Quitar la afirmación seleccionada y su recuento (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>&amp;Keep the results hidden from the room until revealed</source>
        <translation>&amp;Mantener los resultados ocultos a la sala hasta revelarlos</translation>
    </message>
    <message>
        <source>What the room sees</source>
        <translation>Lo que ve la sala</translation>
    </message>
    <message>
        <source>Tallies larger than the people present</source>
        <translation>Recuentos mayores que las personas presentes</translation>
    </message>
    <message>
        <source>Type a number in a rating cell and press Tab for the next one; + and − count hands one at a time. F2 edits a statement.</source>
        <translation>Escribir un número en una celda de calificación y pulsar Tab para la siguiente; + y − cuentan las manos de a una. F2 edita una afirmación.</translation>
    </message>
    <message>
        <source>Tally {n}× {r} for {s!r}</source>
        <translation>Recuento {n}× {r} para {s!r}</translation>
    </message>
    <message>
        <source>That statement is already on the list.</source>
        <translation>Esa afirmación ya está en la lista.</translation>
    </message>
    <message>
        <source>Add statement {s!r}</source>
        <translation>Añadir la afirmación {s!r}</translation>
    </message>
    <message>
        <source>Edit statement</source>
        <translation>Editar afirmación</translation>
    </message>
    <message>
        <source>Remove statement {s!r}</source>
        <translation>Quitar la afirmación {s!r}</translation>
    </message>
    <message>
        <source>Move statement</source>
        <translation>Mover afirmación</translation>
    </message>
    <message>
        <source>Hide results</source>
        <translation>Ocultar resultados</translation>
    </message>
    <message>
        <source>Show results</source>
        <translation>Mostrar resultados</translation>
    </message>
    <message>
        <source>Reveal results</source>
        <translation>Revelar los resultados</translation>
    </message>
    <message>
        <source>Hide results again</source>
        <translation>Ocultar de nuevo los resultados</translation>
    </message>
    <message>
        <source>Hide the results again</source>
        <translation>Volver a ocultar los resultados</translation>
    </message>
    <message>
        <source>&amp;Reveal the results to the room</source>
        <translation>&amp;Revelar los resultados a la sala</translation>
    </message>
    <message>
        <source>The room sees: the results</source>
        <translation>La sala ve: los resultados</translation>
    </message>
    <message>
        <source>The room sees: the statements, results hidden</source>
        <translation>La sala ve: las afirmaciones, con los resultados ocultos</translation>
    </message>
    <message>
        <source>Warning: {total} ratings counted for “{statement}”, more than the {n} people present.</source>
        <translation>Atención: se contaron {total} calificaciones para “{statement}”, más que las {n} personas presentes.</translation>
    </message>
</context>
<context>
    <name>ViewpointsPanel</name>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>Sector of the next view</source>
        <translation>Sector del próximo punto de vista</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Punto de vista</translation>
    </message>
    <message>
        <source>How the issue looks from this sector, then Enter</source>
        <translation>Cómo se ve el problema desde este sector, luego Enter</translation>
    </message>
    <message>
        <source>Go round the sectors: choose the sector, type each view and press Enter. Views from phones come without a name.</source>
        <translation>Recorrer los sectores: elegir el sector, escribir cada punto de vista y pulsar Enter. Los puntos de vista desde teléfonos llegan sin nombre.</translation>
    </message>
</context>
<context>
    <name>VisibilityChooser</name>
    <message>
        <source>Visibility of new items</source>
        <translation>Visibilidad de los elementos nuevos</translation>
    </message>
    <message>
        <source>Who may see what you capture next. F8 changes it for the next item; Ctrl+F8 keeps it for the items after.</source>
        <translation>Quién puede ver lo que se capture a continuación. F8 lo cambia para el siguiente elemento; Ctrl+F8 lo mantiene para los elementos posteriores.</translation>
    </message>
    <message>
        <source>Keep it for the next items (Ctrl+F8)</source>
        <translation>Mantenerla para los próximos elementos (Ctrl+F8)</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interno</translation>
    </message>
    <message>
        <source>{visibility} · kept</source>
        <translation>{visibility} · se mantiene</translation>
    </message>
    <message>
        <source>{visibility} · next item only</source>
        <translation>{visibility} · solo el siguiente elemento</translation>
    </message>
</context>
<context>
    <name>VisionPanel</name>
    <message>
        <source>Our vision?</source>
        <translation>¿Nuestra visión?</translation>
    </message>
    <message>
        <source>✔ Our vision</source>
        <translation>✔ Nuestra visión</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Frase</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>We will know this partnership worked when… then Enter</source>
        <translation>Sabremos que esta alianza funcionó cuando… luego Enter</translation>
    </message>
    <message>
        <source>Type each statement and press Enter; count the dots and type them in the Dots column (Tab moves across, Enter down).</source>
        <translation>Escribir cada frase y pulsar Enter; contar los puntos y escribirlos en la columna Puntos (Tab se mueve a lo ancho, Enter hacia abajo).</translation>
    </message>
    <message>
        <source>Mark as our vision (Ctrl+Return)</source>
        <translation>Marcar como nuestra visión (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Select a statement in the list first.</source>
        <translation>Primero hay que seleccionar una frase de la lista.</translation>
    </message>
    <message>
        <source>Mark as our vision</source>
        <translation>Marcar como nuestra visión</translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Tallies per option</source>
        <translation>Recuentos por opción</translation>
    </message>
    <message>
        <source>How many options are adopted</source>
        <translation>Cuántas opciones se adoptan</translation>
    </message>
    <message>
        <source>What the room votes on besides the typed options</source>
        <translation>Sobre qué vota la sala además de las opciones escritas</translation>
    </message>
    <message>
        <source>An option to vote on, then Enter</source>
        <translation>Una opción para votar, y luego Enter</translation>
    </message>
    <message>
        <source>New option</source>
        <translation>Nueva opción</translation>
    </message>
    <message>
        <source>Type each option and press Enter, or choose a list from an earlier block; then set the vote and type the tallies.</source>
        <translation>Escribir cada opción y pulsar Enter, o elegir una lista de un bloque anterior; luego configurar la votación e ingresar los recuentos.</translation>
    </message>
    <message>
        <source>Vote &amp;on:</source>
        <translation>V&amp;otar sobre:</translation>
    </message>
    <message>
        <source>Only the options typed here</source>
        <translation>Solo las opciones escritas aquí</translation>
    </message>
</context>
<context>
    <name>VoteTableModel</name>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>All votes</source>
        <translation>Todos los votos</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Desacuerdo</translation>
    </message>
    <message>
        <source>Not voted</source>
        <translation>Sin votar</translation>
    </message>
    <message>
        <source>Dissent: {sectors}</source>
        <translation>Desacuerdo: {sectors}</translation>
    </message>
    <message>
        <source>{value!r} is not a number of votes; type a whole number such as 4.</source>
        <translation>{value!r} no es un número de votos; escribir un número entero, como 4.</translation>
    </message>
    <message>
        <source>A number of votes cannot be negative.</source>
        <translation>Un número de votos no puede ser negativo.</translation>
    </message>
</context>
<context>
    <name>Votes</name>
    <message>
        <source>The {top} options with the most dots are adopted; a tie at the cut is parked for the room to settle.</source>
        <translation>Se adoptan las {top} opciones con más puntos; un empate en el corte queda en espera para que la sala lo resuelva.</translation>
    </message>
    <message>
        <source>The {top} indicators with the most dots are adopted; a tie at the cut is parked for the room to settle.</source>
        <translation>Se adoptan los {top} indicadores con más puntos; un empate en el corte queda en espera para que la sala lo resuelva.</translation>
    </message>
    <message>
        <source>Adopted when nobody votes below “{level}”.</source>
        <translation>Se adopta si nadie vota por debajo de “{level}”.</translation>
    </message>
    <message>
        <source>Adopted when at least {share}% vote “{level}” or higher.</source>
        <translation>Se adopta si al menos el {share} % vota “{level}” o más.</translation>
    </message>
    <message>
        <source>A block always parks the option for the room to discuss.</source>
        <translation>Un bloqueo siempre deja la opción en espera para que la sala la discuta.</translation>
    </message>
    <message>
        <source>A block always parks the indicator for the room to discuss.</source>
        <translation>Un bloqueo siempre deja el indicador en espera para que la sala lo discuta.</translation>
    </message>
    <message numerus="yes">
        <source>%n dot</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dots</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} fist</source>
        <translation>{n} con puño</translation>
    </message>
    <message>
        <source>{n} at {score}</source>
        <translation>{n} en {score}</translation>
    </message>
    <message>
        <source>no votes yet</source>
        <translation>aún sin votos</translation>
    </message>
    <message>
        <source>{sector}: an average of {mine}, the others {others}. Talk about it before counting it as agreed.</source>
        <translation>{sector}: un promedio de {mine}, los demás {others}. Conversarlo antes de darlo por acordado.</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Not voted</source>
        <translation>Sin votar</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Desacuerdo</translation>
    </message>
    <message>
        <source>{item}: {dissent}</source>
        <translation>{item}: {dissent}</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>{what} (from “{block}”)</source>
        <translation>{what} (de “{block}”)</translation>
    </message>
    <message>
        <source>Votes from phones</source>
        <translation>Votos desde teléfonos</translation>
    </message>
    <message>
        <source>5 – fully for it</source>
        <translation>5 – totalmente a favor</translation>
    </message>
    <message>
        <source>3 – can live with it</source>
        <translation>3 – puedo aceptarlo</translation>
    </message>
    <message>
        <source>Fist – block</source>
        <translation>Puño – bloqueo</translation>
    </message>
    <message>
        <source>Fist</source>
        <translation>Puño</translation>
    </message>
    <message>
        <source>Love it</source>
        <translation>Me encanta</translation>
    </message>
    <message>
        <source>Love</source>
        <translation>Encanta</translation>
    </message>
    <message>
        <source>Like it</source>
        <translation>Me gusta</translation>
    </message>
    <message>
        <source>Like</source>
        <translation>Gusta</translation>
    </message>
    <message>
        <source>Can live with it</source>
        <translation>Puedo aceptarlo</translation>
    </message>
    <message>
        <source>Live with</source>
        <translation>Acepto</translation>
    </message>
    <message>
        <source>Lament it</source>
        <translation>Lo lamento</translation>
    </message>
    <message>
        <source>Lament</source>
        <translation>Lamento</translation>
    </message>
    <message>
        <source>Loathe it</source>
        <translation>Lo detesto</translation>
    </message>
    <message>
        <source>Loathe</source>
        <translation>Detesto</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Fist-to-five (0–5)</source>
        <translation>Puño a cinco (0–5)</translation>
    </message>
    <message>
        <source>Gradients of agreement</source>
        <translation>Gradientes de acuerdo</translation>
    </message>
    <message>
        <source>Dot votes</source>
        <translation>Votación por puntos</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptado</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>{sector}: an average of {mine:.1f}, the others {others:.1f}. Talk about it before counting it as agreed.</source>
        <translation type="vanished">{sector}: un promedio de {mine:.1f}, los demás {others:.1f}. Conversarlo antes de darlo por acordado.</translation>
    </message>
    <message>
        <source>{n} dots</source>
        <translation type="vanished">{n} puntos</translation>
    </message>
    <message>
        <source>1 dot</source>
        <translation type="vanished">1 punto</translation>
    </message>
    <message>
        <source>The {sector} sector averages {mine:.1f}, the others {others:.1f}: talk about it before counting it as agreed.</source>
        <translation type="vanished">El sector {sector} promedia {mine:.1f} y los demás {others:.1f}: conversarlo antes de darlo por acordado.</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>Workshop title</source>
        <translation>Título del taller</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Empieza a las:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>A&amp;genda:</translation>
    </message>
    <message>
        <source>Planned length in minutes</source>
        <translation>Duración prevista en minutos</translation>
    </message>
    <message>
        <source>Planned &amp;length:</source>
        <translation>&amp;Duración prevista:</translation>
    </message>
    <message>
        <source>Give the workshop a title.</source>
        <translation>Falta darle un título al taller.</translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <source> — over time</source>
        <translation> — tiempo excedido</translation>
    </message>
    <message>
        <source>Block title</source>
        <translation>Título del bloque</translation>
    </message>
    <message>
        <source>Prompt shown to the room</source>
        <translation>Consigna que ve la sala</translation>
    </message>
    <message>
        <source>The question the room sees</source>
        <translation>La pregunta que ve la sala</translation>
    </message>
    <message>
        <source>Facilitator guidance</source>
        <translation>Indicaciones para la facilitación</translation>
    </message>
    <message>
        <source>Open the guide to this exercise</source>
        <translation>Abrir la guía de este ejercicio</translation>
    </message>
    <message>
        <source>Purpose, steps, tips and pitfalls (Shift+F1)</source>
        <translation>Propósito, pasos, consejos y errores frecuentes (Shift+F1)</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Consigna:</translation>
    </message>
    <message>
        <source>This workshop has no blocks yet: use Add block or Add from template.</source>
        <translation>Este taller todavía no tiene bloques: usar Añadir bloque o Añadir desde plantilla.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Guidance — {name}.&lt;/b&gt; {text}</source>
        <translation>&lt;b&gt;Indicaciones — {name}.&lt;/b&gt; {text}</translation>
    </message>
    <message>
        <source>Block {n} of {total}: {title}</source>
        <translation>Bloque {n} de {total}: {title}</translation>
    </message>
    <message>
        <source>Add block {title!r}</source>
        <translation>Añadir el bloque {title!r}</translation>
    </message>
    <message>
        <source>Add template {name!r}</source>
        <translation>Añadir la plantilla {name!r}</translation>
    </message>
    <message>
        <source>Remove block</source>
        <translation>Quitar bloque</translation>
    </message>
    <message numerus="yes">
        <source>Remove “{title}” and the %n item(s) captured in it? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>¿Quitar “{title}” y el %n elemento registrado en él? Se puede deshacer con Ctrl+Z.</numerusform>
            <numerusform>¿Quitar “{title}” y los %n elementos registrados en él? Se puede deshacer con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move block</source>
        <translation>Mover bloque</translation>
    </message>
    <message>
        <source>Change timebox</source>
        <translation>Cambiar el tiempo asignado</translation>
    </message>
    <message>
        <source>Rename block</source>
        <translation>Cambiar el nombre del bloque</translation>
    </message>
    <message>
        <source>Change prompt</source>
        <translation>Cambiar la consigna</translation>
    </message>
    <message>
        <source>Next block</source>
        <translation>Bloque siguiente</translation>
    </message>
    <message>
        <source>Previous block</source>
        <translation>Bloque anterior</translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <translation>Iniciar o pausar el temporizador</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation>Reiniciar el temporizador</translation>
    </message>
    <message>
        <source>Back to the capture box</source>
        <translation>Volver al cuadro de captura</translation>
    </message>
    <message>
        <source>Rename the block</source>
        <translation>Cambiar el nombre del bloque</translation>
    </message>
    <message>
        <source>Show or hide the agenda</source>
        <translation>Mostrar u ocultar la agenda</translation>
    </message>
    <message>
        <source>Show or hide decisions, actions and the room preview</source>
        <translation>Mostrar u ocultar decisiones, acciones y la vista previa de la sala</translation>
    </message>
    <message>
        <source>Attendance…</source>
        <translation>Asistencia…</translation>
    </message>
    <message>
        <source>Meeting plan…</source>
        <translation>Plan de la reunión…</translation>
    </message>
    <message>
        <source>Re-plan the rest…</source>
        <translation>Replanificar el resto…</translation>
    </message>
    <message>
        <source>Add a decision</source>
        <translation>Añadir una decisión</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Añadir una acción</translation>
    </message>
    <message>
        <source>Park a topic</source>
        <translation>Estacionar un tema</translation>
    </message>
    <message>
        <source>Add a facilitator note</source>
        <translation>Añadir una nota de facilitación</translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <source>Read back</source>
        <translation>Releído</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Decision or action</source>
        <translation>Decisión o acción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>sin responsable aún</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>sin fecha aún</translation>
    </message>
    <message>
        <source>Decisions and actions to read back</source>
        <translation>Decisiones y acciones para releer</translation>
    </message>
    <message>
        <source>Mark read back / not yet (Space)</source>
        <translation>Marcar releído / aún no (Espacio)</translation>
    </message>
    <message>
        <source>How many were read back</source>
        <translation>Cuántas se releyeron</translation>
    </message>
    <message>
        <source>Read each decision and action aloud and check it with the room. In the list (Alt+R), Space marks the selected one read back and moves to the next. The room sees all but the internal ones, marked as they are here.</source>
        <translation>Leer en voz alta cada decisión y acción y confirmarla con la sala. En la lista (Alt+R), Espacio marca la seleccionada como releída y pasa a la siguiente. La sala ve todas menos las internas, marcadas como aquí.</translation>
    </message>
    <message>
        <source>&amp;Read back today&apos;s decisions and actions</source>
        <translation>&amp;Releer las decisiones y acciones de hoy</translation>
    </message>
    <message>
        <source>&amp;Notes from the wrap-up</source>
        <translation>&amp;Notas del cierre</translation>
    </message>
    <message>
        <source>Internal: not for the room</source>
        <translation>Interno: no es para la sala</translation>
    </message>
    <message>
        <source>✔ Read back</source>
        <translation>✔ Releído</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Aún no</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Open question</source>
        <translation>Pregunta abierta</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>{done} of {total} read back</source>
        <translation>{done} de {total} releídos</translation>
    </message>
    <message>
        <source>Mark read back</source>
        <translation>Marcar como releído</translation>
    </message>
    <message>
        <source>Mark not read back</source>
        <translation>Marcar como no releído</translation>
    </message>
</context>
</TS>
