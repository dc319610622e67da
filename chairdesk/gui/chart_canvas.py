"""A widget that shows one matplotlib Figure.

matplotlib takes a noticeable moment to import, so this module does not
import it: the Qt canvas is created (and matplotlib loaded) the first time a
figure is shown, which the Dashboard does only after its window is on screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chairdesk.gui.qt import QLabel, QSizePolicy, Qt, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from matplotlib.figure import Figure


class ChartCanvas(QWidget):
    """Shows a Figure; keeps the plain data it was drawn from (`data`) for tests and reports."""

    def __init__(self, parent: QWidget | None = None, placeholder: str = "") -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._placeholder = QLabel(placeholder, self)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setWordWrap(True)
        self._layout.addWidget(self._placeholder)
        self._canvas: QWidget | None = None
        self._figure: Figure | None = None
        self.data: Any = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(220)

    @property
    def figure(self) -> Figure | None:
        return self._figure

    def set_figure(self, figure: Figure, data: Any = None) -> None:
        """Show `figure` in place of the one shown before."""
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        canvas = FigureCanvasQTAgg(figure)
        canvas.setParent(self)
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        canvas.setMinimumSize(120, 120)
        # The figure's own size in inches is for reports; here it follows the widget.
        canvas.setAccessibleName(figure.axes[0].get_title(loc="left") if figure.axes else "")
        old = self._canvas
        self._layout.addWidget(canvas)
        self._placeholder.hide()
        if old is not None:
            self._layout.removeWidget(old)
            old.hide()
            old.deleteLater()
        self._canvas = canvas
        self._figure = figure
        self.data = data

    def clear(self, placeholder: str | None = None) -> None:
        if placeholder is not None:
            self._placeholder.setText(placeholder)
        if self._canvas is not None:
            self._layout.removeWidget(self._canvas)
            self._canvas.hide()
            self._canvas.deleteLater()
            self._canvas = None
        self._figure = None
        self.data = None
        self._placeholder.show()
