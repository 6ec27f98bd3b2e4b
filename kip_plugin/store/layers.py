"""Forms, constraints, defaults and temporal settings of the works layers."""
from __future__ import annotations

import html
from typing import Optional, Sequence

from qgis.core import (
    Qgis,
    QgsAttributeEditorContainer,
    QgsAttributeEditorField,
    QgsDefaultValue,
    QgsEditFormConfig,
    QgsEditorWidgetSetup,
    QgsFieldConstraints,
    QgsFields,
    QgsProperty,
    QgsPropertyCollection,
    QgsVectorLayer,
    QgsVectorLayerTemporalProperties,
)

from ..core import schema as S
from ..i18n import tr
from .styles import overview_renderer, party_renderer

DATE_FORMAT = "yyyy-MM-dd"

# Form tabs: (title, fields).
_TABS = (
    ("Work", (S.F_WORK_ID, S.F_TITLE, S.F_DESCRIPTION, S.F_OWNER, S.F_WORK_TYPE, S.F_STATUS, S.F_THEMES)),
    ("Planning", (S.F_START, S.F_END, S.F_EARLIEST_START, S.F_LATEST_END)),
    ("Impact", (S.F_EXCAVATION, S.F_ROAD_CLOSURE, S.F_DISRUPTION)),
    ("Budget", (S.F_BUDGET_TYPE, S.F_BUDGET_EUR)),
    ("Administration", (S.F_CONTACT, S.F_SOURCE, S.F_UPDATED_AT)),
)


def _tab_title(title: str) -> str:
    return {
        "Work": tr("Work"),
        "Planning": tr("Planning"),
        "Impact": tr("Impact"),
        "Budget": tr("Budget"),
        "Administration": tr("Administration"),
    }[title]


def end_constraint_message() -> str:
    """What the form says when the end date lies before the start date."""
    return tr("The end date must not be before the start date.")


# Expression constraints: field -> (expression, message function).
def _expression_constraints():
    return {
        S.F_END: (
            f'"{S.F_END}" IS NULL OR "{S.F_START}" IS NULL OR "{S.F_END}" >= "{S.F_START}"',
            end_constraint_message(),
        ),
        S.F_EARLIEST_START: (
            f'"{S.F_EARLIEST_START}" IS NULL OR "{S.F_START}" IS NULL '
            f'OR "{S.F_EARLIEST_START}" <= "{S.F_START}"',
            tr("The earliest start must not be after the start date."),
        ),
        S.F_LATEST_END: (
            f'"{S.F_LATEST_END}" IS NULL OR "{S.F_END}" IS NULL OR "{S.F_LATEST_END}" >= "{S.F_END}"',
            tr("The latest end must not be before the end date."),
        ),
        S.F_WORK_ID: (
            f"length(trim(\"{S.F_WORK_ID}\")) > 0",
            tr("Every work needs a work id."),
        ),
        S.F_TITLE: (
            f"\"{S.F_TITLE}\" IS NOT NULL AND length(trim(\"{S.F_TITLE}\")) > 0",
            tr("Every work needs a title."),
        ),
        S.F_WORK_TYPE: (
            f"\"{S.F_WORK_TYPE}\" IS NOT NULL AND length(\"{S.F_WORK_TYPE}\") > 0",
            tr("Choose the type of work."),
        ),
        S.F_THEMES: (
            _themes_expression(),
            tr("Themes are codes separated by commas: {codes}.").format(codes=", ".join(S.THEMES)),
        ),
    }


def _themes_expression() -> str:
    """True when the themes field is empty or a comma-separated list of theme codes."""
    one = "(" + "|".join(S.THEMES) + ")"
    pattern = f"^\\\\s*{one}(\\\\s*,\\\\s*{one})*\\\\s*$"
    return f"\"{S.F_THEMES}\" IS NULL OR trim(\"{S.F_THEMES}\") = '' OR regexp_match(\"{S.F_THEMES}\", '{pattern}') > 0"


# The value QGIS's value map stores as NULL.
VALUE_MAP_NULL = "{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"
# Red, as QGIS marks a value that breaks a constraint.
PROBLEM_COLOUR = "#c62828"


def _quoted(text: str) -> str:
    """``text`` as a string literal in a QGIS expression."""
    return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'"


def problem_label(label: str, expression: str, message: str) -> QgsProperty:
    """The field's label in the form: its name, followed in red by what is wrong while ``expression`` fails.

    QGIS itself shows the reason only as a tooltip; a label that says it is seen at once.
    """
    warning = f'{html.escape(label, False)} <span style="color:{PROBLEM_COLOUR}">– {html.escape(message, False)}</span>'
    return QgsProperty.fromExpression(f"if(coalesce({expression}, false), {_quoted(label)}, {_quoted(warning)})")


def _value_map(codes: dict, choose: bool = False) -> QgsEditorWidgetSetup:
    entries = [{tr(label): code} for code, label in codes.items()]
    if choose:  # an empty first entry, so that a new work starts without a value and must be given one
        entries.insert(0, {tr("(choose)"): VALUE_MAP_NULL})
    return QgsEditorWidgetSetup("ValueMap", {"map": entries})


def _widget(spec: S.FieldSpec, parties: Sequence[S.Party]) -> QgsEditorWidgetSetup:
    if spec.name == S.F_OWNER:
        return QgsEditorWidgetSetup("ValueMap", {"map": [{p.name: p.code} for p in parties]})
    if spec.codes:
        return _value_map(S.CODE_LISTS[spec.codes], choose=spec.name == S.F_WORK_TYPE)
    if spec.kind in (S.DATE, S.DATETIME):
        fmt = DATE_FORMAT if spec.kind == S.DATE else DATE_FORMAT + " HH:mm"
        return QgsEditorWidgetSetup(
            "DateTime",
            {
                "allow_null": not spec.not_null,
                "calendar_popup": True,
                "display_format": fmt,
                "field_format": DATE_FORMAT if spec.kind == S.DATE else "yyyy-MM-dd HH:mm:ss",
                "field_iso_format": False,
            },
        )
    if spec.kind == S.BOOL:
        return QgsEditorWidgetSetup("CheckBox", {"CheckedState": "", "UncheckedState": ""})
    if spec.name == S.F_DESCRIPTION:
        return QgsEditorWidgetSetup("TextEdit", {"IsMultiline": True, "UseHtml": False})
    if spec.kind == S.REAL:
        return QgsEditorWidgetSetup(
            "Range", {"Min": 0.0, "Max": 1e12, "Step": 1000.0, "Precision": 0, "Style": "SpinBox", "AllowNull": True}
        )
    return QgsEditorWidgetSetup("TextEdit", {"IsMultiline": False, "UseHtml": False})


def _defaults(party: Optional[S.Party]) -> dict:
    defaults = {
        S.F_STATUS: ("'planned'", False),
        S.F_DISRUPTION: ("'low'", False),
        S.F_EXCAVATION: ("false", False),
        S.F_ROAD_CLOSURE: ("false", False),
        S.F_UPDATED_AT: ("now()", True),
    }
    if party is not None:
        prefix = party.code.replace("'", "")
        defaults[S.F_OWNER] = (f"'{prefix}'", False)
        defaults[S.F_WORK_ID] = (f"'{prefix}-' || substr(uuid(), 2, 8)", False)
        defaults[S.F_SOURCE] = ("'kip'", False)
    return defaults


def _form(layer: QgsVectorLayer) -> QgsEditFormConfig:
    # A new configuration, not the layer's: whatever a store's style brought (init code, a .ui
    # file, data-defined field properties) is left behind.
    config = QgsEditFormConfig()
    config.setInitCodeSource(QgsEditFormConfig.CodeSourceNone)
    config.setInitFunction("")
    config.setInitCode("")
    config.setInitFilePath("")
    config.setLayout(QgsEditFormConfig.TabLayout)
    config.clearTabs()
    fields = layer.fields()
    for title, names in _TABS:
        tab = QgsAttributeEditorContainer(_tab_title(title), config.invisibleRootContainer())
        for name in names:
            idx = fields.indexOf(name)
            if idx >= 0:
                tab.addChildElement(QgsAttributeEditorField(name, idx, tab))
        config.addTab(tab)
    for name, (expression, message) in _expression_constraints().items():
        idx = fields.indexOf(name)
        if idx >= 0:
            properties = QgsPropertyCollection()
            properties.setProperty(QgsEditFormConfig.Alias, problem_label(tr(S.WORK_FIELDS_BY_NAME[name].label),
                                                                          expression, message))
            config.setDataDefinedFieldProperties(name, properties)
    return config


_CONSTRAINTS = (
    QgsFieldConstraints.ConstraintNotNull,
    QgsFieldConstraints.ConstraintUnique,
    QgsFieldConstraints.ConstraintExpression,
)


def as_data_only(layer: QgsVectorLayer) -> None:
    """Drop everything a store's style may carry that runs or computes: actions, expression fields, defaults.

    A KIP store may come from a partner or another municipality; its works are data, and
    opening their form must never run code that came with them. KIP sets its own form,
    defaults and constraints afterwards (``configure_works_layer``).
    """
    layer.actions().clearActions()
    fields = layer.fields()
    for idx in reversed(range(fields.count())):
        if fields.fieldOrigin(idx) == QgsFields.OriginExpression:
            layer.removeExpressionField(idx)
    fields = layer.fields()
    for idx in range(fields.count()):
        layer.setDefaultValueDefinition(idx, QgsDefaultValue())
        layer.setConstraintExpression(idx, "")
        for constraint in _CONSTRAINTS:
            layer.removeFieldConstraint(idx, constraint)
        if fields.at(idx).name() not in S.WORK_FIELDS_BY_NAME:
            layer.setEditorWidgetSetup(idx, QgsEditorWidgetSetup("TextEdit", {"IsMultiline": False, "UseHtml": False}))


def apply_temporal(layer: QgsVectorLayer) -> None:
    """Animate the works by their planned period in the Temporal Controller."""
    props: QgsVectorLayerTemporalProperties = layer.temporalProperties()
    props.setIsActive(True)
    props.setMode(QgsVectorLayerTemporalProperties.ModeFeatureDateTimeStartAndEndFromFields)
    props.setStartField(S.F_START)
    props.setEndField(S.F_END)
    # A work runs through its end date, so the last day is included.
    props.setLimitMode(Qgis.VectorTemporalLimitMode.IncludeBeginIncludeEnd)


def configure_works_layer(
    layer: QgsVectorLayer, parties: Sequence[S.Party], party: Optional[S.Party] = None
) -> QgsVectorLayer:
    """Set aliases, widgets, constraints, defaults, the form, temporal settings and style (and nothing else)."""
    as_data_only(layer)
    fields = layer.fields()
    hard = QgsFieldConstraints.ConstraintStrengthHard
    expressions = _expression_constraints()
    defaults = _defaults(party)
    for spec in S.WORK_FIELDS:
        idx = fields.indexOf(spec.name)
        if idx < 0:
            continue
        layer.setFieldAlias(idx, tr(spec.label))
        layer.setEditorWidgetSetup(idx, _widget(spec, parties))
        if spec.not_null:
            layer.setFieldConstraint(idx, QgsFieldConstraints.ConstraintNotNull, hard)
        if spec.unique:
            layer.setFieldConstraint(idx, QgsFieldConstraints.ConstraintUnique, hard)
        if spec.name in expressions:
            expression, message = expressions[spec.name]
            layer.setConstraintExpression(idx, expression, message)
            layer.setFieldConstraint(idx, QgsFieldConstraints.ConstraintExpression, hard)
        if spec.name in defaults:
            expression, on_update = defaults[spec.name]
            layer.setDefaultValueDefinition(idx, QgsDefaultValue(expression, on_update))
    # The key and the row version are kept by the store; nobody types them.
    for name in ("fid", S.F_ROW_VERSION):
        idx = fields.indexOf(name)
        if idx >= 0:
            layer.setEditorWidgetSetup(idx, QgsEditorWidgetSetup("Hidden", {}))
    layer.setEditFormConfig(_form(layer))
    apply_temporal(layer)
    layer.setRenderer(party_renderer(party) if party is not None else overview_renderer(parties))
    layer.setDisplayExpression(f'"{S.F_TITLE}"')
    layer.setMapTipTemplate(
        "<b>[% \"{t}\" %]</b><br>[% represent_value(\"{o}\") %] · [% represent_value(\"{w}\") %]<br>"
        "[% format_date(\"{s}\", 'yyyy-MM-dd') %] – [% format_date(\"{e}\", 'yyyy-MM-dd') %]".format(
            t=S.F_TITLE, o=S.F_OWNER, w=S.F_WORK_TYPE, s=S.F_START, e=S.F_END
        )
    )
    return layer
