package baocao

import (
	"errors"
	"fmt"
)

// Error codes that callers branch on.
const (
	EUNREADABLE = "unreadable" // the file cannot be read at all
	EENCRYPTED  = "encrypted"  // the file needs a password to open
	ETOOLARGE   = "too_large"  // the file exceeds a size limit
	EFORMAT     = "format"     // the file is not a format we read
	EINTERNAL   = "internal"   // a bug or an outage, not the user's doing
)

// Error is an error whose Message may be shown to an office clerk: plain
// Vietnamese that says what is wrong and what to do. Err keeps the technical
// cause for logs.
type Error struct {
	Code    string
	Message string
	Err     error
}

func (e *Error) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%s: %v", e.Code, e.Err)
	}
	return fmt.Sprintf("%s: %s", e.Code, e.Message)
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with a clerk-facing message and a technical cause.
func Errorf(code, message string, cause error) *Error {
	return &Error{Code: code, Message: message, Err: cause}
}

// ErrorCode returns the code of the first *Error in err's chain, or EINTERNAL.
func ErrorCode(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	if err == nil {
		return ""
	}
	return EINTERNAL
}

// ErrorMessage returns the message for users of the first *Error in err's chain.
// Internal errors get a generic message: their text is for logs only.
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	if err == nil {
		return ""
	}
	return "Lỗi nội bộ khi đọc tệp; hãy báo cho quản trị viên."
}
